import { Type } from 'class-transformer'
import { ArrayMinSize, IsInt, IsString, IsUUID, Min, ValidateNested } from 'class-validator'

class OrderItemDto {
  @IsString() sku!: string
  @IsInt() @Min(1) quantity!: number
}

export class CreateOrderDto {
  @IsUUID() customerId!: string
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => OrderItemDto) items!: OrderItemDto[]
}
