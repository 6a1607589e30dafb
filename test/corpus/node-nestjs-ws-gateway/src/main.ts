import { NestFactory } from '@nestjs/core'
import { AppModule } from './app.module'
import { RedisIoAdapter } from './redis-io.adapter'

async function bootstrap() {
  const app = await NestFactory.create(AppModule)
  const adapter = new RedisIoAdapter(app)
  await adapter.connectToRedis(process.env.REDIS_URL ?? 'redis://localhost:6379')
  app.useWebSocketAdapter(adapter)
  await app.listen(process.env.PORT ?? 3000)
}
bootstrap()
