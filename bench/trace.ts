/**
 * npm run bench:trace — the trace explainer's throughput on a generated 10 MB OCSLogger log
 * (mostly ordinary traffic, one message in fifty a federation failure), in MB/s.
 * Prints one JSON line: { bench, mb, messages, findings, seconds, mbPerSecond }.
 */
import { explainTrace } from '../src/tools/trace/explain.ts';

const TARGET = 10 * 1024 * 1024;
const CODES = [1005, 1008, 1009, 1034, 12345];

function frame(i: number): string {
  const failing = i % 50 === 49;
  const request = i % 2 === 0;
  const start = request ? `INVITE sip:user${i}@fabrikam.com SIP/2.0` : failing ? 'SIP/2.0 504 Server time-out' : 'SIP/2.0 200 OK';
  const lines = [
    `TL_INFO(TF_PROTOCOL) [0]0A8C.0B2C::11/26/2011-14:32:${String(i % 60).padStart(2, '0')}.123.0000a1b2 (SIPStack,SIPAdminLog::TraceProtocolRecord:SIPAdminLog.cpp(125))$$begin_record`,
    `Trace-Correlation-Id: ${2331427548 + i}`,
    'Instance-Id: 00000A1F',
    `Direction: ${request ? 'outgoing' : 'incoming'};source="local";destination="external edge"`,
    'Peer: edge.fabrikam.com:5061',
    `Message-Type: ${request ? 'request' : 'response'}`,
    `Start-Line: ${start}`,
    `From: "Alice" <sip:alice@contoso.com>;tag=${i.toString(16)};epid=01010101`,
    `To: <sip:user${i}@fabrikam.com>`,
    `CSeq: 1 INVITE`,
    `Call-ID: call-${Math.floor(i / 2)}`,
    'Via: SIP/2.0/TLS 10.0.0.5:5061;branch=z9hG4bK1a2b3c;ms-received-port=5061;ms-received-cid=100',
    'Max-Forwards: 70',
    'User-Agent: UCCAPI/4.0.7577.0 OC/4.0.7577.0 (Microsoft Lync 2010)',
    'Supported: ms-dialog-route-set-update, timer, histinfo, ms-safe-transfer, ms-sender, ms-early-media',
  ];
  if (failing) lines.push(`ms-diagnostics: ${CODES[(i / 50) % CODES.length | 0]};reason="Cannot route to destination domain";source="edge.fabrikam.com";`, '  appName="FederationManager"');
  lines.push('Content-Type: application/sdp', 'Content-Length: 120', 'Message-Body: v=0', 'o=- 0 0 IN IP4 10.0.0.5', 's=session', 'c=IN IP4 10.0.0.5', 't=0 0', 'm=audio 50000 RTP/AVP 0 8 101', '$$end_record', '');
  return lines.join('\r\n');
}

const parts: string[] = [];
let size = 0;
for (let i = 0; size < TARGET; i++) {
  const f = frame(i);
  parts.push(f);
  size += f.length;
}
const text = parts.join('');
const mb = text.length / (1024 * 1024);

explainTrace(text.slice(0, 1 << 20)); // warm up the JIT
const runs: number[] = [];
let last = explainTrace('');
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  last = explainTrace(text);
  runs.push((performance.now() - t0) / 1000);
}
const seconds = Math.min(...runs);
if (!last.ok) throw new Error(last.message);
console.log(JSON.stringify({
  bench: 'trace-explainer',
  mb: Number(mb.toFixed(2)),
  messages: last.value.messages,
  findings: last.value.findings.length,
  seconds: Number(seconds.toFixed(3)),
  mbPerSecond: Number((mb / seconds).toFixed(1)),
}));
