package io.tropo4j.check;

import io.tropo4j.core.Problem;
import io.tropo4j.core.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Ref or Fn::GetAtt given to a property that takes a resource's value: when the property takes a value
 * of that resource's type, what it is given must be of the same kind, an ARN, a URL, an ID or a name (a
 * queue's Arn, not its Ref, which is its URL). The specification's relationships say what each property
 * takes, as the typed setters write it; a type it does not name, or a value whose kind its name does not
 * tell, is not judged, so that two names of one ID (a group's Ref and its GroupId) both pass.
 */
final class References {
  private static final Pattern KIND = Pattern.compile("(Arn|Url|Id|Name)$");

  private References() {}

  /**
   * @param takes what the property takes, {@code Type.Attribute} or {@code Type.Ref} each
   * @param gives what the value yields of the resource: its Ref's identifier, or the attribute
   */
  static void check(String path, String property, Set<String> takes, Resource<?> resource, String function,
      String gives, List<Problem> problems) {
    String type = resource.schema().typeName();
    String refYields = resource.schema().refYields();
    List<String> wanted = new ArrayList<>();
    for (String taken : takes) {
      if (taken.startsWith(type + ".")) {
        String value = taken.substring(type.length() + 1);
        wanted.add(value.equals("Ref") ? refYields : value);
      }
    }
    if (wanted.isEmpty() || wanted.contains(gives)) {
      return;
    }
    String kind = kind(gives);
    if (kind == null || wanted.stream().anyMatch(w -> w == null || kind.equals(kind(w)))) {
      return;
    }
    String what = function.equals("Ref") ? "Ref of " + type + " " + resource.logicalId() + " is its " + gives
        : "Fn::GetAtt " + resource.logicalId() + "." + gives + " is its " + gives;
    String first = wanted.get(0);
    String use = first.equals(refYields) ? "ref"
        : Character.toLowerCase(first.charAt(0)) + first.substring(1).replace(".", "");
    problems.add(new Problem(path, what + "; " + property + " takes its " + String.join(" or ", wanted)
        + ": use ." + use + "()"));
  }

  /** ARN, URL, ID or name, by the value's own name; null when it does not say. */
  private static String kind(String name) {
    Matcher m = KIND.matcher(name);
    return m.find() ? m.group(1) : null;
  }
}
