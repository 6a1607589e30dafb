import { INestApplication, ValidationPipe } from '@nestjs/common'
import { Test } from '@nestjs/testing'
import request from 'supertest'
import { OrdersController } from '../src/orders/orders.controller'
import { OrdersService } from '../src/orders/orders.service'

describe('POST /orders', () => {
  let app: INestApplication
  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [OrdersController],
      providers: [{ provide: OrdersService, useValue: { create: (dto: unknown) => ({ id: 'o1', ...(dto as object) }) } }],
    }).compile()
    app = moduleRef.createNestApplication()
    app.useGlobalPipes(new ValidationPipe())
    await app.init()
  })

  it('rejects an order without items', () =>
    request(app.getHttpServer()).post('/orders').send({ customerId: 'x' }).expect(400))
})
