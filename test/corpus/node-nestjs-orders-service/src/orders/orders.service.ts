import { Injectable } from '@nestjs/common'
import { InjectRepository } from '@nestjs/typeorm'
import { Repository } from 'typeorm'
import { CreateOrderDto } from './dto/create-order.dto'
import { Order } from './order.entity'

@Injectable()
export class OrdersService {
  constructor(@InjectRepository(Order) private readonly repo: Repository<Order>) {}

  create(dto: CreateOrderDto) {
    return this.repo.save(this.repo.create(dto))
  }

  findOne(id: string) {
    return this.repo.findOneBy({ id })
  }

  async setStatus(id: string, status: Order['status']) {
    await this.repo.update({ id }, { status })
  }
}
