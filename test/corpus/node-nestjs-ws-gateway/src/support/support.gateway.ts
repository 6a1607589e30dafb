import {
  ConnectedSocket,
  MessageBody,
  OnGatewayConnection,
  OnGatewayDisconnect,
  SubscribeMessage,
  WebSocketGateway,
  WebSocketServer,
} from '@nestjs/websockets'
import type { Server, Socket } from 'socket.io'
import { QueueService } from './queue.service'

@WebSocketGateway({ namespace: '/support', cors: { origin: '*' } })
export class SupportGateway implements OnGatewayConnection, OnGatewayDisconnect {
  @WebSocketServer() server!: Server

  constructor(private readonly queue: QueueService) {}

  handleConnection(client: Socket) {
    const role = client.handshake.auth.role === 'agent' ? 'agent' : 'customer'
    client.data.role = role
    if (role === 'agent') client.join('agents')
    else this.server.to('agents').emit('queue', this.queue.enqueue(client.id))
  }

  handleDisconnect(client: Socket) {
    this.server.to('agents').emit('queue', this.queue.remove(client.id))
  }

  @SubscribeMessage('claim')
  claim(@ConnectedSocket() agent: Socket, @MessageBody() customerId: string) {
    const room = `conversation:${customerId}`
    agent.join(room)
    this.server.in(customerId).socketsJoin(room)
    this.server.to(room).emit('agent-joined', { agent: agent.id })
    this.server.to('agents').emit('queue', this.queue.remove(customerId))
  }

  @SubscribeMessage('message')
  message(@ConnectedSocket() client: Socket, @MessageBody() body: { room: string; text: string }) {
    client.to(body.room).emit('message', { from: client.data.role, text: body.text, at: Date.now() })
  }

  @SubscribeMessage('typing')
  typing(@ConnectedSocket() client: Socket, @MessageBody() room: string) {
    client.to(room).emit('typing', client.data.role)
  }
}
