import os

import asyncpg
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, Field

app = FastAPI(title="ratings-api")


class RatingIn(BaseModel):
    product_id: str
    stars: int = Field(ge=1, le=5)
    comment: str = Field(default="", max_length=2000)


@app.on_event("startup")
async def connect() -> None:
    app.state.pool = await asyncpg.create_pool(os.environ["DATABASE_URL"], max_size=10)


@app.post("/ratings", status_code=201)
async def add_rating(rating: RatingIn) -> dict:
    async with app.state.pool.acquire() as conn:
        rating_id = await conn.fetchval(
            "INSERT INTO ratings (product_id, stars, comment) VALUES ($1, $2, $3) RETURNING id",
            rating.product_id, rating.stars, rating.comment,
        )
    return {"id": rating_id}


@app.get("/products/{product_id}/summary")
async def summary(product_id: str) -> dict:
    async with app.state.pool.acquire() as conn:
        row = await conn.fetchrow(
            "SELECT count(*) AS n, avg(stars) AS mean FROM ratings WHERE product_id = $1", product_id
        )
    if row["n"] == 0:
        raise HTTPException(404, "no ratings")
    return {"product_id": product_id, "count": row["n"], "average": round(float(row["mean"]), 2)}
