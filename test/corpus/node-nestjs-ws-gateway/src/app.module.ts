import { Controller, Get, Module } from '@nestjs/common'
import { SupportGateway } from './support/support.gateway'
import { QueueService } from './support/queue.service'

@Controller()
class HealthController {
  @Get('healthz')
  health() {
    return { ok: true }
  }
}

@Module({ controllers: [HealthController], providers: [SupportGateway, QueueService] })
export class AppModule {}
