// The hostile requests of hostile-requests.test.ts: every encoding of `..` and of a separator
// towards the secrets beside and above the served folder, malformed percent-encodings, NULs,
// absolute-form targets, very long paths, odd methods and headers, and seeded random paths.

export interface RawRequest {
  method: string;
  target: string;
  headers?: string[];
  body?: string;
  /** The status a person reviewing the server would expect, when only one is right. */
  expect?: number;
}

const DOTS = ['..', '%2e%2e', '%2E%2E', '.%2e', '%2e.', '%252e%252e', '%c0%ae%c0%ae', '..%00', '...', '.'];
const SEPARATORS = ['/', '%2f', '%2F', '\\', '%5c', '%5C', '%252f', '//', '/./'];
const GOALS = [
  'dist.bak/secret.txt',
  'dist.bak%2fsecret.txt',
  'secret.txt',
  'etc/passwd',
  '.env',
  '_headers',
];
const STARTS = ['/', '/assets/', '//', '/index.html/'];

/** Whether `..` and a separator survive decoding: then only a refusal is right. */
function decodesToDotSegment(target: string): boolean {
  try {
    return decodeURIComponent(target).split(/[/\\]/).includes('..');
  } catch {
    return false;
  }
}

function traversals(): RawRequest[] {
  const requests: RawRequest[] = [];
  for (const start of STARTS)
    for (const dots of DOTS)
      for (const separator of SEPARATORS)
        for (const goal of GOALS)
          for (const depth of [1, 3]) {
            const target = start + `${dots}${separator}`.repeat(depth) + goal;
            requests.push({ method: 'GET', target, ...(decodesToDotSegment(target) ? { expect: 400 } : {}) });
          }
  return requests;
}

const MALFORMED = [
  '/%E0%A4%A',
  '/%',
  '/%%',
  '/%Z',
  '/%ZZ',
  '/a=%ZZ',
  '/%C0',
  '/%ff%fe',
  '/%E0%A4',
  '/%u002e%u002e/secret.txt',
];
const NULS = [
  '/index.html%00',
  '/%00',
  '/index.html%00.js',
  '/assets/%00/../secret.txt',
  '/dist.bak%00/secret.txt',
];
const ABSOLUTE_BAD = [
  'http://a:b:c/',
  'http://[::1/',
  'http://%/',
  'http://a b/',
  'https://:/',
  'http://a:99999/',
];
const NOT_A_PATH = [
  '*',
  'a',
  'index.html',
  '127.0.0.1:80',
  'ftp://a/secret.txt',
  'file:///etc/passwd',
  '../secret.txt',
];

function malformed(): RawRequest[] {
  return [...MALFORMED, ...NULS, ...ABSOLUTE_BAD, ...NOT_A_PATH].map((target) => ({
    method: 'GET',
    target,
    expect: 400,
  }));
}

function absoluteForms(): RawRequest[] {
  // Valid URLs: the server reads their path, which the URL parser has already cleaned of `..`.
  return [
    'http://127.0.0.1/../dist.bak/secret.txt',
    'http://x/%2e%2e/secret.txt',
    'https://x/..%2fsecret.txt',
  ].map((target) => ({ method: 'GET', target }));
}

function longOnes(): RawRequest[] {
  return [300, 3000, 10_000, 70_000].flatMap((length) => [
    { method: 'GET', target: `/${'a'.repeat(length)}` },
    { method: 'GET', target: '/' + '..%2f'.repeat(Math.ceil(length / 5)) + 'secret.txt' },
    { method: 'GET', target: '/' + '%'.repeat(length) },
  ]);
}

function oddMethods(): RawRequest[] {
  const known = ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL'];
  // Node's parser refuses these itself (400): unknown, lowercase, not a token.
  const invalid = ['FOO', 'get', 'G@T', 'GE(T', '', 'GET\tX'];
  return [
    ...known.map((method) => ({ method, target: '/', expect: 405 })),
    { method: 'CONNECT', target: '127.0.0.1:80', expect: 405 },
    ...invalid.map((method) => ({ method, target: '/' })),
    { method: 'HEAD', target: '/..%2fsecret.txt', expect: 400 },
  ];
}

function oddHeaders(): RawRequest[] {
  return [
    'Range: bytes=5-2',
    'Range: bytes=-1',
    'Range: bytes=999999-',
    'Range: bytes=abc',
    'Accept-Encoding: br;q=2, gzip;q=-1, *',
    'Accept-Encoding: ' + 'gzip,'.repeat(2000),
    'If-None-Match: *',
    'Host: evil.example',
    'Connection: upgrade\r\nUpgrade: websocket',
  ]
    .map((header): RawRequest => ({ method: 'GET', target: '/', headers: [header] }))
    .concat({ method: 'GET', target: '/', headers: ['Transfer-Encoding: chunked'], body: '0\r\n\r\n' });
}

/** Seeded, so that a failure can be replayed. */
function randomPaths(count: number): RawRequest[] {
  let seed = 11;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const pieces = [
    '/',
    '.',
    '..',
    '%',
    '%2',
    '%2e',
    '%2f',
    '%5c',
    '\\',
    '%00',
    'a',
    'dist.bak',
    'secret.txt',
    '%c0',
    '?',
    '#',
    ';',
  ];
  return Array.from({ length: count }, () => {
    const length = 1 + Math.floor(next() * 12);
    const target = '/' + Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
    return { method: 'GET', target };
  });
}

export function hostileRequests(): RawRequest[] {
  return [
    ...traversals(),
    ...malformed(),
    ...absoluteForms(),
    ...longOnes(),
    ...oddMethods(),
    ...oddHeaders(),
    ...randomPaths(1000),
  ];
}
