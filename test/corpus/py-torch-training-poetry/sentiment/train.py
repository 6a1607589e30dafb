"""Fine-tunes a pretrained encoder on labelled reviews with a plain PyTorch loop."""
import argparse

import torch
import yaml
from accelerate import Accelerator
from sklearn.metrics import f1_score
from torch.optim import AdamW
from torch.utils.data import DataLoader
from transformers import AutoModelForSequenceClassification, AutoTokenizer, get_linear_schedule_with_warmup

from .data import load_reviews


def evaluate(model, loader, accelerator) -> float:
    model.eval()
    predictions, labels = [], []
    with torch.no_grad():
        for batch in loader:
            logits = model(input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]).logits
            predictions.append(accelerator.gather(logits.argmax(dim=-1)).cpu())
            labels.append(accelerator.gather(batch["label"]).cpu())
    return f1_score(torch.cat(labels), torch.cat(predictions), average="macro")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--config", default="configs/base.yaml")
    cfg = yaml.safe_load(open(parser.parse_args().config))

    accelerator = Accelerator(mixed_precision=cfg.get("precision", "no"))
    tokenizer = AutoTokenizer.from_pretrained(cfg["model"])
    model = AutoModelForSequenceClassification.from_pretrained(cfg["model"], num_labels=3)
    data = load_reviews(cfg["data_dir"], tokenizer, cfg["max_length"])

    train_loader = DataLoader(data["train"], batch_size=cfg["batch_size"], shuffle=True)
    test_loader = DataLoader(data["test"], batch_size=cfg["batch_size"])
    optimizer = AdamW(model.parameters(), lr=cfg["lr"], weight_decay=0.01)
    steps = len(train_loader) * cfg["epochs"]
    scheduler = get_linear_schedule_with_warmup(optimizer, int(0.1 * steps), steps)
    model, optimizer, train_loader, test_loader, scheduler = accelerator.prepare(
        model, optimizer, train_loader, test_loader, scheduler
    )

    for epoch in range(cfg["epochs"]):
        model.train()
        for batch in train_loader:
            outputs = model(**{k: batch[k] for k in ("input_ids", "attention_mask")}, labels=batch["label"])
            accelerator.backward(outputs.loss)
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            optimizer.zero_grad()
        accelerator.print(f"epoch {epoch}: macro F1 {evaluate(model, test_loader, accelerator):.3f}")

    accelerator.unwrap_model(model).save_pretrained(cfg["output_dir"])
    tokenizer.save_pretrained(cfg["output_dir"])


if __name__ == "__main__":
    main()
