from datetime import datetime, timezone

from . import db


class Message(db.Model):
    id = db.Column(db.Integer, primary_key=True)
    room = db.Column(db.String(64), index=True, nullable=False)
    author = db.Column(db.String(64), nullable=False)
    body = db.Column(db.Text, nullable=False)
    sent_at = db.Column(db.DateTime, default=lambda: datetime.now(timezone.utc))

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "room": self.room,
            "author": self.author,
            "body": self.body,
            "sent_at": self.sent_at.isoformat(),
        }
