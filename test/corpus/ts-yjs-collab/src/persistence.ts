import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import debounce from 'lodash.debounce'
import * as Y from 'yjs'

const s3 = new S3Client({})

export function s3Persistence(bucket: string) {
  return {
    provider: s3,
    bindState: async (docName: string, ydoc: Y.Doc) => {
      try {
        const stored = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: `${docName}.ydoc` }))
        const bytes = await stored.Body?.transformToByteArray()
        if (bytes) Y.applyUpdate(ydoc, bytes)
      } catch {
        // A new board has nothing stored yet.
      }
      const save = debounce(() => {
        const Body = Y.encodeStateAsUpdate(ydoc)
        void s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${docName}.ydoc`, Body }))
      }, 2000)
      ydoc.on('update', save)
    },
    writeState: async (docName: string, ydoc: Y.Doc) => {
      const Body = Y.encodeStateAsUpdate(ydoc)
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: `${docName}.ydoc`, Body }))
    },
  }
}
