import { benchExtraction } from "./bench/extraction";
console.log(JSON.stringify(await benchExtraction()));
