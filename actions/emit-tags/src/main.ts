import * as core from '@actions/core';
import { hello } from '@gitops-promote/core';
core.info(hello());
