/**
 * A YAML file format for Decap that reads files exactly as the build does (the strict parser
 * of src/lib/content/documents.ts) and writes them in the form Decap writes them: keys in the
 * order of the fields, plain scalars where YAML allows, no line folding.
 */
import yaml from 'js-yaml';
import { parseDataDocument } from '../src/lib/content/documents';
import type { CmsFormatter } from './decap';

export const YAML_FORMAT: CmsFormatter = {
  fromFile: (content) => parseDataDocument(content).data,
  toFile(data, sortedKeys = []) {
    const rank = (key: string) => {
      const index = sortedKeys.indexOf(key);
      return index === -1 ? sortedKeys.length : index;
    };
    const ordered = Object.fromEntries(Object.entries(data).sort(([a], [b]) => rank(a) - rank(b)));
    return yaml.dump(ordered, { schema: yaml.CORE_SCHEMA, lineWidth: -1 });
  },
};
