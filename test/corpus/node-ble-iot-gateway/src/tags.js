const COMPANY_ID = 0x0499

// Tag firmware advertises: company id (LE), temperature*100 (int16 LE), humidity*2 (uint8), battery % (uint8).
export function parseTagAdvertisement(data, address, rssi) {
  if (!data || data.length < 6 || data.readUInt16LE(0) !== COMPANY_ID) return null
  return {
    tag: address,
    temperatureC: data.readInt16LE(2) / 100,
    humidity: data.readUInt8(4) / 2,
    battery: data.readUInt8(5),
    rssi,
    at: new Date().toISOString(),
  }
}
