package io.tropo4j.read;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The intrinsic functions both forms of a template name, and how a node becomes one. */
final class Intrinsics {
  private Intrinsics() {}

  /**
   * The functions a short tag may name: those of templates and those of Rules. Any other tag is
   * refused, since CloudFormation refuses it too, later and with less to go on.
   */
  static final Set<String> FUNCTIONS = Set.of("Ref", "Condition", "Fn::And", "Fn::Base64", "Fn::Cidr",
      "Fn::Contains", "Fn::EachMemberEquals", "Fn::EachMemberIn", "Fn::Equals", "Fn::FindInMap", "Fn::GetAtt",
      "Fn::GetAZs", "Fn::GetStackOutput", "Fn::If", "Fn::ImportValue", "Fn::Join", "Fn::Length", "Fn::Not", "Fn::Or",
      "Fn::RefAll", "Fn::Select", "Fn::Split", "Fn::Sub", "Fn::ToJsonString", "Fn::Transform", "Fn::ValueOf",
      "Fn::ValueOfAll");

  /** The function a short tag names ({@code Sub} for {@code !Sub}), or null when there is none. */
  static String fromShortTag(String tag) {
    String name = tag.equals("Ref") || tag.equals("Condition") ? tag : "Fn::" + tag;
    return FUNCTIONS.contains(name) ? name : null;
  }

  /**
   * Whether a one-key map is the long form of a function. Keys beginning {@code Fn::ForEach::} are
   * the loops of the language extensions, which stand beside other entries, not for a value; a
   * {@code Condition} key is a function only with a name as its argument (elsewhere, e.g. in a policy
   * statement, it is ordinary data).
   */
  static boolean isLongForm(Map<String, Node> entries) {
    if (entries.size() != 1) {
      return false;
    }
    Map.Entry<String, Node> only = entries.entrySet().iterator().next();
    String key = only.getKey();
    if (key.equals("Ref")) {
      return true;
    }
    if (key.equals("Condition")) {
      return only.getValue() instanceof Scalar scalar && scalar.isString();
    }
    return key.startsWith("Fn::") && !key.startsWith("Fn::ForEach::");
  }

  /** The function, with {@code Fn::GetAtt}'s dotted string turned into its list form. */
  static Intrinsic make(String name, Node argument, Position position) {
    if (name.equals("Fn::GetAtt") && argument instanceof Scalar scalar && scalar.isString()) {
      int dot = scalar.text().indexOf('.');
      if (dot > 0 && dot < scalar.text().length() - 1) {
        argument = new ListNode(List.of(Scalar.string(scalar.text().substring(0, dot), scalar.position()),
            Scalar.string(scalar.text().substring(dot + 1), scalar.position())), scalar.position());
      }
    }
    return new Intrinsic(name, argument, position);
  }
}
