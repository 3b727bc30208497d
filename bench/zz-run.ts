import { run } from './annex.bench';
run().then((r) => console.log(JSON.stringify(r, null, 1)));
