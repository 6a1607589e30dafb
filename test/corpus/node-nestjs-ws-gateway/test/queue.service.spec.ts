import { QueueService } from '../src/support/queue.service'

describe('QueueService', () => {
  it('keeps customers in arrival order without duplicates', () => {
    const queue = new QueueService()
    queue.enqueue('a')
    queue.enqueue('b')
    expect(queue.enqueue('a')).toEqual(['a', 'b'])
  })
})
