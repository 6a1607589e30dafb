from . import db


class Task(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    owner = db.Column(db.String(120), index=True, nullable=False)
    title = db.Column(db.String(200), nullable=False)
    done = db.Column(db.Boolean, default=False, nullable=False)
