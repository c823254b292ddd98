package dev.wf.engine;

import dev.wf.api.spec.Arguments;

/**
 * One invocation of a template as a node: its node name (the path that determines its id), how it
 * is displayed, what it calls and with which (already substituted) arguments, in which scope, and
 * the id of the enclosing steps/dag node.
 */
record Call(
    String nodeName,
    String displayName,
    CallTarget target,
    Arguments arguments,
    TemplateScope scope,
    String boundaryId) {}
