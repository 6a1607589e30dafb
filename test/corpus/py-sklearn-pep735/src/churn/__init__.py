"""Customer churn model."""
