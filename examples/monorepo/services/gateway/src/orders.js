// Order and stock events arrive on Redis channels from the other services.
export async function subscribeToOrderEvents(subscriber, io) {
  await subscriber.subscribe('orders', (raw) => {
    const event = JSON.parse(raw)
    io.to(`customer:${event.customerId}`).emit('order:status', {
      orderId: event.orderId,
      status: event.status,
    })
  })
  await subscriber.subscribe('stock', (raw) => {
    const { sku, available } = JSON.parse(raw)
    io.to(`stock:${sku}`).emit('stock:level', { sku, available })
  })
}
