import { Body, Controller, Get, NotFoundException, Param, ParseUUIDPipe, Post } from '@nestjs/common'
import { EventPattern, Payload } from '@nestjs/microservices'
import { CreateOrderDto } from './dto/create-order.dto'
import { OrdersService } from './orders.service'

@Controller('orders')
export class OrdersController {
  constructor(private readonly orders: OrdersService) {}

  @Post()
  create(@Body() dto: CreateOrderDto) {
    return this.orders.create(dto)
  }

  @Get(':id')
  async findOne(@Param('id', ParseUUIDPipe) id: string) {
    const order = await this.orders.findOne(id)
    if (!order) throw new NotFoundException()
    return order
  }

  @EventPattern('payments.settled')
  markPaid(@Payload() event: { orderId: string }) {
    return this.orders.setStatus(event.orderId, 'paid')
  }
}
