class Post < ApplicationRecord
  has_many :comments, dependent: :destroy
  validates :title, presence: true, length: { maximum: 120 }
  scope :published, -> { where.not(published_at: nil) }
end
