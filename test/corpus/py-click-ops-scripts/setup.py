from setuptools import find_packages, setup

setup(
    name="opstools",
    version="1.4.0",
    description="Operations scripts: AWS snapshots, stale resource cleanup, scheduled reports",
    packages=find_packages(exclude=["tests"]),
    python_requires=">=3.9",
    install_requires=[
        "click>=8.1",
        "boto3>=1.34",
        "schedule>=1.2",
        "requests>=2.31",
        "tabulate>=0.9",
        "python-dotenv>=1.0",
    ],
    extras_require={
        "dev": ["pytest>=8", "moto[ec2,s3]>=5.0", "black>=24", "flake8>=7"],
    },
    entry_points={"console_scripts": ["ops=opstools.cli:cli"]},
)
