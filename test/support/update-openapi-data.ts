// `npm run openapi:data`: regenerates engine/api/openapi/openapi-v3.json (what `kubectl explain`
// reads) from the kubernetes-models devDependency; test/openapi-data.test.ts checks it is current.
import { writeFileSync } from 'node:fs';
import { buildOpenApiData, formatOpenApiData, OPENAPI_DATA_FILE } from './openapi/build-openapi-data.ts';

writeFileSync(OPENAPI_DATA_FILE, formatOpenApiData(buildOpenApiData()));
