package io.tropo4j.catalog;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import io.tropo4j.core.AppDefinition;
import io.tropo4j.core.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Collects, as javac analyses each class, the public concrete classes that implement {@link
 * Stack} or {@link AppDefinition} and can be made by ServiceLoader (a public no-argument constructor).
 */
final class StackFinder implements TaskListener {
  final Set<String> stacks = new TreeSet<>();
  final Set<String> apps = new TreeSet<>();
  final List<String> notes = new ArrayList<>();
  private final JavacTask task;

  StackFinder(JavacTask task) {
    this.task = task;
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
      inspect(event.getTypeElement());
    }
  }

  private void inspect(TypeElement type) {
    Elements elements = task.getElements();
    Types types = task.getTypes();
    boolean nestedInstance = type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC);
    if (type.getKind() == ElementKind.CLASS && type.getModifiers().contains(Modifier.PUBLIC)
        && !type.getModifiers().contains(Modifier.ABSTRACT) && !nestedInstance) {
      boolean constructible = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
          .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().isEmpty());
      for (Class<?> kind : List.of(Stack.class, AppDefinition.class)) {
        TypeElement wanted = elements.getTypeElement(kind.getName());
        if (!types.isAssignable(types.erasure(type.asType()), types.erasure(wanted.asType()))) {
          continue;
        }
        if (constructible) {
          (kind == Stack.class ? stacks : apps).add(elements.getBinaryName(type).toString());
        } else {
          notes.add("note: " + type.getQualifiedName() + " implements " + kind.getSimpleName() + " but has no public "
              + "no-argument constructor, so it is not in the catalog");
        }
      }
    }
    for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
      inspect(member);
    }
  }
}
