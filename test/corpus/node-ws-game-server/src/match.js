import { nanoid } from 'nanoid'

const TICK_MS = 50
const ARENA = { width: 1600, height: 900 }

export class Match {
  constructor(players, broadcast) {
    this.id = nanoid()
    this.broadcast = broadcast
    this.tanks = new Map(
      players.map((p, i) => [p.ws.id, { name: p.name, x: 200 + i * 400, y: 450, angle: 0, hp: 100, input: {} }]),
    )
    this.shells = []
  }

  start() {
    this.timer = setInterval(() => this.tick(), TICK_MS)
  }

  input(id, msg) {
    const tank = this.tanks.get(id)
    if (tank) tank.input = { up: !!msg.up, left: !!msg.left, right: !!msg.right, fire: !!msg.fire }
  }

  leave(id) {
    this.tanks.delete(id)
    if (this.tanks.size === 0) clearInterval(this.timer)
  }

  tick() {
    for (const tank of this.tanks.values()) {
      if (tank.input.left) tank.angle -= 0.08
      if (tank.input.right) tank.angle += 0.08
      if (tank.input.up) {
        tank.x = Math.min(ARENA.width, Math.max(0, tank.x + Math.cos(tank.angle) * 6))
        tank.y = Math.min(ARENA.height, Math.max(0, tank.y + Math.sin(tank.angle) * 6))
      }
      if (tank.input.fire) this.shells.push({ x: tank.x, y: tank.y, angle: tank.angle, ttl: 40 })
    }
    this.shells = this.shells.filter((s) => --s.ttl > 0)
    for (const s of this.shells) {
      s.x += Math.cos(s.angle) * 14
      s.y += Math.sin(s.angle) * 14
    }
    this.broadcast({ t: 'state', tanks: [...this.tanks.values()], shells: this.shells })
  }
}
