from marshmallow import Schema, fields, validate


class ItemSchema(Schema):
    id = fields.Int(dump_only=True)
    sku = fields.Str(required=True, validate=validate.Length(min=3, max=32))
    name = fields.Str(required=True)
    quantity = fields.Int(load_default=0, validate=validate.Range(min=0))
    warehouse = fields.Str(required=True)


item_schema = ItemSchema()
items_schema = ItemSchema(many=True)
