import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm'

@Entity('orders')
export class Order {
  @PrimaryGeneratedColumn('uuid') id!: string
  @Column() customerId!: string
  @Column('jsonb') items!: { sku: string; quantity: number }[]
  @Column({ default: 'pending' }) status!: 'pending' | 'paid' | 'shipped' | 'cancelled'
  @CreateDateColumn() createdAt!: Date
}
