export class Buffered {
  #items = []
  constructor(limit) {
    this.limit = limit
  }
  push(item) {
    this.#items.push(item)
    if (this.#items.length > this.limit) this.#items.shift()
  }
  drain() {
    const items = this.#items
    this.#items = []
    return items
  }
}
