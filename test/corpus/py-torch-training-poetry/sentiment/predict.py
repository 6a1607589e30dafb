import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

LABELS = ["negative", "neutral", "positive"]


class SentimentPredictor:
    def __init__(self, model_dir: str) -> None:
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.model = AutoModelForSequenceClassification.from_pretrained(model_dir).eval()

    @torch.inference_mode()
    def __call__(self, texts: list[str]) -> list[str]:
        batch = self.tokenizer(texts, return_tensors="pt", padding=True, truncation=True)
        return [LABELS[i] for i in self.model(**batch).logits.argmax(dim=-1).tolist()]
