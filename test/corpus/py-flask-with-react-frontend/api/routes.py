from flask import Blueprint, jsonify, request
from flask_jwt_extended import create_access_token, get_jwt_identity, jwt_required
from marshmallow import Schema, ValidationError, fields

from . import db
from .models import Task

bp = Blueprint("api", __name__)


class TaskSchema(Schema):
    id = fields.Int(dump_only=True)
    title = fields.Str(required=True)
    done = fields.Bool(load_default=False)


task_schema = TaskSchema()


@bp.post("/login")
def login():
    body = request.get_json(force=True)
    # demo login: any non-empty username gets a token
    if not body.get("username"):
        return jsonify({"error": "username required"}), 400
    return jsonify({"token": create_access_token(identity=body["username"])})


@bp.get("/tasks")
@jwt_required()
def list_tasks():
    tasks = Task.query.filter_by(owner=get_jwt_identity()).order_by(Task.id).all()
    return jsonify(task_schema.dump(tasks, many=True))


@bp.post("/tasks")
@jwt_required()
def create_task():
    try:
        data = task_schema.load(request.get_json(force=True))
    except ValidationError as err:
        return jsonify({"errors": err.messages}), 422
    task = Task(owner=get_jwt_identity(), **data)
    db.session.add(task)
    db.session.commit()
    return jsonify(task_schema.dump(task)), 201


@bp.patch("/tasks/<int:task_id>")
@jwt_required()
def toggle_task(task_id: int):
    task = Task.query.filter_by(id=task_id, owner=get_jwt_identity()).first_or_404()
    task.done = not task.done
    db.session.commit()
    return jsonify(task_schema.dump(task))
