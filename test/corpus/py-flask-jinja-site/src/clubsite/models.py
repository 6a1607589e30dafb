from datetime import date

from flask_login import UserMixin
from werkzeug.security import check_password_hash

from . import db, login_manager


class Member(UserMixin, db.Model):
    id = db.Column(db.Integer, primary_key=True)
    email = db.Column(db.String(200), unique=True, nullable=False)
    name = db.Column(db.String(120), nullable=False)
    password_hash = db.Column(db.String(256), nullable=False)

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)


class Ride(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    title = db.Column(db.String(200), nullable=False)
    day = db.Column(db.Date, nullable=False, default=date.today)
    distance_km = db.Column(db.Integer, nullable=False)
    notes_md = db.Column(db.Text, default="")


@login_manager.user_loader
def load_member(member_id: str):
    return db.session.get(Member, int(member_id))
