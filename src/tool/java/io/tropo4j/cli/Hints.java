package io.tropo4j.cli;

/**
 * How a next step is spelled for the user: as the Makefile's targets when make runs the tool (its
 * deploy targets set {@code TROPO4J_HINTS=make}), otherwise as the tool's own commands.
 */
interface Hints {
  /** @param setting the value of TROPO4J_HINTS, or null */
  static Hints from(String setting) {
    return "make".equals(setting) ? new Make() : new Tool();
  }

  /** The command that shows the stack's status and latest events. */
  String status(String stackName);

  /** The command that shows a StackSet's instances and follows its operation under way. */
  String fleetStatus(String setName);

  /** The command that stops a StackSet's operation under way. */
  String fleetStop(String setName);

  /** @param stack the catalog's stack, or null if the command had none */
  default String create(String stack, String stackName) {
    return again("create", stack, stackName);
  }

  /** @param stack the catalog's stack, or null if the command had none */
  default String update(String stack, String stackName) {
    return again("update", stack, stackName);
  }

  /** How to deploy HEAD even though the work tree has uncommitted changes. */
  String allowDirty();

  /** How to give a parameter's value, or a file of them. */
  String values(String parameter);

  /** How to delete a protected stack, or the artifact bucket's stack although its bucket holds releases. */
  String forceDelete(String stackName);

  /** How to ask an update to put back what drifted. */
  String revertDrift();

  /** The option that lets an update replace or remove these resources that hold data, this once. */
  String allowing(java.util.List<String> logicalIds);

  /**
   * The same command again, which takes over from where a stopped one left.
   *
   * @param command the tool's command: create, update, delete, set-params, ...
   */
  String again(String command, String stack, String stackName);

  /** {@code make create_stack STACK=webapp STACK_NAME=web}, as the Makefile's deploy targets take them. */
  final class Make implements Hints {
    @Override
    public String status(String stackName) {
      return "make status_stack STACK_NAME=" + stackName;
    }

    @Override
    public String fleetStatus(String setName) {
      return "make stackset_status STACK_NAME=" + setName;
    }

    @Override
    public String fleetStop(String setName) {
      return "make stackset_stop STACK_NAME=" + setName;
    }

    private static String stackArgs(String stack, String stackName) {
      return (stack == null ? "" : " STACK=" + stack) + (stackName.equals(stack) ? "" : " STACK_NAME=" + stackName);
    }

    @Override
    public String allowDirty() {
      return "ALLOW_DIRTY=1";
    }

    @Override
    public String values(String parameter) {
      return "PARAMS=\"" + parameter + "=...\" or a PARAMS_FILE";
    }

    @Override
    public String forceDelete(String stackName) {
      return "make delete_stack STACK_NAME=" + stackName + " FORCE=1";
    }

    @Override
    public String revertDrift() {
      return "REVERT_DRIFT=1";
    }

    @Override
    public String allowing(java.util.List<String> logicalIds) {
      return "ALLOW_REPLACE=" + String.join(",", logicalIds);
    }

    @Override
    public String again(String command, String stack, String stackName) {
      String target = switch (command) {
        case "set-params" -> "set_params";
        case "run-task" -> "run_task";
        case "releases" -> "releases";
        case "drift" -> "drift_stack";
        default -> command + "_stack";
      };
      return "make " + target + stackArgs(stack, stackName);
    }
  }

  /** {@code tropo4j create webapp --stack-name web}, as the tool's command line takes them. */
  final class Tool implements Hints {
    @Override
    public String status(String stackName) {
      return "tropo4j status --stack-name " + stackName;
    }

    @Override
    public String fleetStatus(String setName) {
      return "tropo4j stackset status --name " + setName;
    }

    @Override
    public String fleetStop(String setName) {
      return "tropo4j stackset stop --name " + setName;
    }

    private static String stackArgs(String stack, String stackName) {
      return (stack == null ? "" : " " + stack) + (stackName.equals(stack) ? "" : " --stack-name " + stackName);
    }

    @Override
    public String allowDirty() {
      return "--allow-dirty";
    }

    @Override
    public String values(String parameter) {
      return "--param " + parameter + "=... or --params-file FILE";
    }

    @Override
    public String forceDelete(String stackName) {
      return "tropo4j delete --stack-name " + stackName + " --force";
    }

    @Override
    public String revertDrift() {
      return "--revert-drift";
    }

    @Override
    public String allowing(java.util.List<String> logicalIds) {
      return "--allow-replace " + String.join(",", logicalIds);
    }

    @Override
    public String again(String command, String stack, String stackName) {
      return "tropo4j " + command + stackArgs(stack, stackName);
    }
  }
}
