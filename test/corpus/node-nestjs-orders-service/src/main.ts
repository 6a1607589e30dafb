import { ValidationPipe } from '@nestjs/common'
import { NestFactory } from '@nestjs/core'
import { Transport } from '@nestjs/microservices'
import { AppModule } from './app.module'

async function bootstrap() {
  const app = await NestFactory.create(AppModule)
  app.useGlobalPipes(new ValidationPipe({ whitelist: true, transform: true }))
  app.connectMicroservice({
    transport: Transport.KAFKA,
    options: { client: { brokers: (process.env.KAFKA_BROKERS ?? 'localhost:9092').split(',') } },
  })
  await app.startAllMicroservices()
  await app.listen(process.env.PORT ?? 3000)
}
bootstrap()
