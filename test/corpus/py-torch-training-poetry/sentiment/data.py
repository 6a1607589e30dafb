from datasets import DatasetDict, load_dataset
from transformers import PreTrainedTokenizerBase


def load_reviews(path: str, tokenizer: PreTrainedTokenizerBase, max_length: int) -> DatasetDict:
    raw = load_dataset("csv", data_files={"train": f"{path}/train.csv", "test": f"{path}/test.csv"})

    def tokenize(batch):
        return tokenizer(batch["text"], truncation=True, padding="max_length", max_length=max_length)

    encoded = raw.map(tokenize, batched=True, remove_columns=["text"])
    encoded.set_format("torch", columns=["input_ids", "attention_mask", "label"])
    return encoded
