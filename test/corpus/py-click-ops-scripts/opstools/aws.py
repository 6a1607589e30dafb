import boto3


def session(ctx_obj: dict) -> boto3.session.Session:
    return boto3.session.Session(profile_name=ctx_obj["profile"], region_name=ctx_obj["region"])
