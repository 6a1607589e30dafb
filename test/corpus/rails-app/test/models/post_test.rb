require "test_helper"

class PostTest < ActiveSupport::TestCase
  test "needs a title" do
    assert_not Post.new(body: "x").valid?
  end
end
