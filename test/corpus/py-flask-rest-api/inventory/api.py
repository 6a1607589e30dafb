"""JSON REST endpoints for stock items."""
from flask import Blueprint, abort, jsonify, request
from marshmallow import ValidationError

from . import db
from .models import Item
from .schemas import item_schema, items_schema

api = Blueprint("api", __name__)


@api.errorhandler(ValidationError)
def on_validation_error(err: ValidationError):
    return jsonify({"errors": err.messages}), 422


@api.get("/items")
def list_items():
    query = Item.query
    if warehouse := request.args.get("warehouse"):
        query = query.filter_by(warehouse=warehouse)
    page = query.order_by(Item.sku).paginate(page=request.args.get("page", 1, type=int), per_page=50)
    return jsonify({"items": items_schema.dump(page.items), "total": page.total})


@api.get("/items/<int:item_id>")
def get_item(item_id: int):
    return jsonify(item_schema.dump(db.get_or_404(Item, item_id)))


@api.post("/items")
def create_item():
    item = Item(**item_schema.load(request.get_json(force=True)))
    db.session.add(item)
    db.session.commit()
    return jsonify(item_schema.dump(item)), 201


@api.patch("/items/<int:item_id>")
def update_item(item_id: int):
    item = db.get_or_404(Item, item_id)
    for key, value in item_schema.load(request.get_json(force=True), partial=True).items():
        setattr(item, key, value)
    db.session.commit()
    return jsonify(item_schema.dump(item))


@api.delete("/items/<int:item_id>")
def delete_item(item_id: int):
    item = db.session.get(Item, item_id) or abort(404)
    db.session.delete(item)
    db.session.commit()
    return "", 204
