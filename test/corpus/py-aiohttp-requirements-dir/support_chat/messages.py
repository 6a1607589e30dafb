from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field


class ChatMessage(BaseModel):
    sender: Literal["visitor", "agent"]
    author: str
    text: str = Field(max_length=4000)
    sent_at: datetime = Field(default_factory=lambda: datetime.now(timezone.utc))
