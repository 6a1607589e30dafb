ActiveRecord::Schema[7.1].define(version: 2024_05_02_101500) do
  create_table "posts", force: :cascade do |t|
    t.string "title", null: false
    t.text "body"
    t.datetime "published_at"
    t.timestamps
  end
end
