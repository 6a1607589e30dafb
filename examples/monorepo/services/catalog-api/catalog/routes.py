from flask import Blueprint, abort, jsonify, request
from marshmallow import Schema, ValidationError, fields

from .models import Product, db

bp = Blueprint("catalog", __name__)


class ProductSchema(Schema):
    id = fields.Int(dump_only=True)
    sku = fields.Str(required=True)
    name = fields.Str(required=True)
    price_cents = fields.Int(required=True)
    category = fields.Str()


schema = ProductSchema()


@bp.get("/products")
def list_products():
    query = Product.query
    if category := request.args.get("category"):
        query = query.filter_by(category=category)
    page = query.order_by(Product.name).paginate(per_page=50)
    return jsonify(items=schema.dump(page.items, many=True), total=page.total)


@bp.get("/products/<sku>")
def get_product(sku: str):
    product = Product.query.filter_by(sku=sku).first() or abort(404)
    return jsonify(schema.dump(product))


@bp.post("/products")
def create_product():
    try:
        data = schema.load(request.get_json(force=True))
    except ValidationError as err:
        return jsonify(errors=err.messages), 422
    product = Product(**data)
    db.session.add(product)
    db.session.commit()
    return jsonify(schema.dump(product)), 201
