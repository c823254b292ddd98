package dev.wf.engine;

/**
 * Which nodes belong to a workflow's exit handler ({@code spec.onExit}): the node {@code
 * NAME.onExit} and every node below it, whose names it prefixes.
 */
public final class ExitHandlerNodes {
  private ExitHandlerNodes() {}

  /** The name of the exit handler's node. */
  public static String rootName(String workflowName) {
    return workflowName + ".onExit";
  }

  public static boolean contains(String workflowName, String nodeName) {
    String exit = rootName(workflowName);
    return nodeName.equals(exit)
        || nodeName.startsWith(exit)
            && nodeName.length() > exit.length()
            && "[.(".indexOf(nodeName.charAt(exit.length())) >= 0;
  }
}
