// Attachment bytes live on disk, named by their SHA-256 (`attachments/ab/abcdef...`): the same file
// received twice is stored once, and a message row only needs the hash to find it again.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function attachmentPath(attachmentsDir: string, sha256: string): string {
  return path.join(attachmentsDir, sha256.slice(0, 2), sha256);
}

/** Stores the bytes (once) and returns their hex SHA-256. */
export function storeAttachment(attachmentsDir: string, content: Buffer): string {
  const sha256 = crypto.createHash('sha256').update(content).digest('hex');
  const target = attachmentPath(attachmentsDir, sha256);
  if (fs.existsSync(target)) return sha256;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  // Write aside, then rename: a crash never leaves a half-written file under the final name.
  const temp = `${target}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  fs.writeFileSync(temp, content);
  fs.renameSync(temp, target);
  return sha256;
}
