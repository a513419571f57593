/** What emit-tags' use cases are asked, the log they report to, and what they return. */
import type { ComponentTags } from '../component-tags.js';
import type { ServiceImage } from './build-tags.js';

/** Everything computing a build's tags and labels needs, parsed and checked by the caller. */
export interface TagsRequest {
  /** The checked-out repository: version files and Git are read there. */
  workspace: string;
  images: readonly ServiceImage[];
  /** Tag templates such as `{{short_sha}}`. */
  templates: readonly string[];
  /** For `{{env}}`; '' for none. */
  environment: string;
  /** The version input; '' to find one in the workspace. */
  version: string;
  /** The full commit SHA the images are built from. */
  sha: string;
  shortShaLength: number;
  /** Unix seconds, or undefined to read the commit time from Git. */
  timestamp?: number;
  /** The workflow's ref name, for `{{branch}}`; '' for none. */
  refName: string;
  /** The run number, for `{{run_number}}`; '' for none. */
  runNumber: string;
  /** `owner/name` of the repository, for the source label; '' for none. */
  repository: string;
  serverUrl: string;
}

/** The tags, full references, OCI labels and version of one build. */
export interface BuildTags {
  /** Rendered tags, without repository. */
  tags: string[];
  /** Every image with every tag. */
  references: string[];
  labels: string[];
  /** '' when no version was found. */
  version: string;
}

/** Where the build use cases report progress. */
export interface BuildLog {
  info(message: string): void;
  warning(message: string): void;
}

/** A named set of component tags: the name is for messages. */
export interface NamedComponentTags {
  name: string;
  tags: ComponentTags;
}
