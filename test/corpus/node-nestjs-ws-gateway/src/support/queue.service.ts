import { Injectable } from '@nestjs/common'

@Injectable()
export class QueueService {
  private waiting: string[] = []

  enqueue(id: string): string[] {
    if (!this.waiting.includes(id)) this.waiting.push(id)
    return [...this.waiting]
  }

  remove(id: string): string[] {
    this.waiting = this.waiting.filter((w) => w !== id)
    return [...this.waiting]
  }
}
