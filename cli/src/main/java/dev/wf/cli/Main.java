package dev.wf.cli;

/** Entry point of the wf command line. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("wf");
  }
}
