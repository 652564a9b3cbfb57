package io.tropo4j.deploy;

import io.tropo4j.core.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How an update keeps the value a parameter has now. As an explicit value wherever the value can be
 * read back, because "use the previous value" is the one form emulators get wrong (moto fails an
 * update that keeps a List or SSM-typed parameter that way); a NoEcho value cannot be read back, so it
 * alone is kept by reference.
 */
final class PreviousValues {
  private PreviousValues() {}

  /**
   * What to send for a declared parameter the user gave no value for, or empty to let the template's
   * default apply.
   *
   * @param previous the parameter as DescribeStacks reports it on the stack now
   */
  static Optional<software.amazon.awssdk.services.cloudformation.model.Parameter> keep(Parameter<?> declared,
      software.amazon.awssdk.services.cloudformation.model.Parameter previous) {
    var kept = software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
        .parameterKey(declared.logicalId());
    String type = declared.type().name();
    if (declared.isNoEcho()) {
      return Optional.of(kept.usePreviousValue(true).build());
    }
    String value = previous.parameterValue();
    if (type.startsWith("AWS::SSM::Parameter::Value<") && previous.resolvedValue() == null) {
      // AWS reports an SSM-typed parameter as the parameter's name with its ResolvedValue beside it; an
      // emulator that reports only the resolved value has lost the name: the default is the best guess.
      return declared.defaultValue() != null ? Optional.empty() : Optional.of(kept.usePreviousValue(true).build());
    }
    if (isList(type)) {
      value = listValue(value);
    }
    return Optional.of(kept.parameterValue(value).build());
  }

  private static boolean isList(String type) {
    return type.equals("CommaDelimitedList") || type.startsWith("List<");
  }

  /**
   * A list as CloudFormation takes it, "a,b". AWS reports it so; moto reports a Python list,
   * "['a', 'b']", which is read back element by element.
   */
  static String listValue(String reported) {
    if (reported == null || !reported.startsWith("['") || !reported.endsWith("']")) {
      return reported;
    }
    List<String> elements = new ArrayList<>();
    for (String element : reported.substring(2, reported.length() - 2).split("', '", -1)) {
      elements.add(element);
    }
    return String.join(",", elements);
  }
}
