package dev.parkdata.validation;

import dev.parkdata.chain.IndustrialChain;
import dev.parkdata.cluster.Cluster;
import dev.parkdata.dataset.Dataset;
import dev.parkdata.model.Identifier;
import dev.parkdata.organisation.Organisation;
import dev.parkdata.park.Park;
import dev.parkdata.policy.Measure;
import dev.parkdata.policy.Policy;
import dev.parkdata.policy.Rate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules over identifiers and policies. */
final class ReferenceRules {
  private ReferenceRules() {}

  /** {@value StandardRules#UNRESOLVED_ID}. */
  static final class Unresolved extends BuiltInRule {
    Unresolved() {
      super(
          StandardRules.UNRESOLVED_ID,
          Severity.ERROR,
          "every identifier used as a reference is an entity of the dataset or a declared"
              + " external");
    }

    @Override
    public void check(RuleContext context) {
      Dataset dataset = context.dataset();
      for (Located<Identifier> ref : context.references()) {
        if (!dataset.resolves(ref.value())) {
          context.report(
              ref.path(),
              "标识符" + ref.value() + "既不是数据集中的实体，也未声明为外部引用",
              "the identifier " + ref.value()
                  + " is neither an entity of the dataset nor a declared external",
              Figure.of("id", ref.value().value()));
        }
      }
    }
  }

  /** {@value StandardRules#DUPLICATE_ID}. */
  static final class Duplicate extends BuiltInRule {
    Duplicate() {
      super(
          StandardRules.DUPLICATE_ID,
          Severity.ERROR,
          "every identifier is defined by one entity or external only");
    }

    @Override
    public void check(RuleContext context) {
      Map<Identifier, Path> first = new HashMap<>();
      for (Located<Identifier> entity : context.entities()) {
        Path earlier = first.putIfAbsent(entity.value(), entity.path());
        if (earlier != null) {
          context.report(
              entity.path(),
              "标识符" + entity.value() + "重复，已由" + earlier + "使用",
              "the identifier " + entity.value() + " is already defined at " + earlier,
              Figure.of("id", entity.value().value()),
              Figure.of("first", earlier.toString()));
        }
      }
    }
  }

  /** {@value StandardRules#CAP_NOT_MONEY}. */
  static final class CapNotMoney extends BuiltInRule {
    CapNotMoney() {
      super(
          StandardRules.CAP_NOT_MONEY,
          Severity.ERROR,
          "a policy measure's cap (an amount qualified 最高, at most) is an amount of money");
    }

    @Override
    public void check(RuleContext context) {
      for (Policy policy : context.dataset().policies()) {
        List<Measure> measures = policy.measures();
        for (int i = 0; i < measures.size(); i++) {
          Measure m = measures.get(i);
          if (m.cap().isPresent() && !m.cap().get().dimension().isMoney()) {
            context.report(
                Paths.entity("policies", policy.id()).field("measures").index(i).field("amount"),
                "政策措施的上限" + Quantities.zh(m.cap().get()) + "不是金额",
                "the measure's cap " + Quantities.zh(m.cap().get()) + " is not an amount of money",
                Figure.of("cap", m.cap().get()));
          }
        }
      }
    }
  }

  /** {@value StandardRules#RATE_WITHOUT_BASE}. */
  static final class RateWithoutBase extends BuiltInRule {
    RateWithoutBase() {
      super(
          StandardRules.RATE_WITHOUT_BASE,
          Severity.WARNING,
          "a policy rate names its base indicator or describes its base");
    }

    @Override
    public void check(RuleContext context) {
      for (Policy policy : context.dataset().policies()) {
        List<Measure> measures = policy.measures();
        for (int i = 0; i < measures.size(); i++) {
          if (measures.get(i).rate().isEmpty()) {
            continue;
          }
          Rate rate = measures.get(i).rate().get();
          if (rate.base().isEmpty() && rate.baseDescription().isEmpty()) {
            context.report(
                Paths.entity("policies", policy.id()).field("measures").index(i).field("rate"),
                "比例" + Quantities.zh(rate.share()) + "未说明以何为基数",
                "the rate " + Quantities.zh(rate.share()) + " does not name its base",
                Figure.of("rate", rate.share()));
          }
        }
      }
    }
  }
  /** {@value StandardRules#REFERENCE_CYCLE}. */
  static final class Cycle extends BuiltInRule {
    /** How many parks a message names before it abbreviates the cycle. */
    private static final int NAMED = 12;

    Cycle() {
      super(
          StandardRules.REFERENCE_CYCLE,
          Severity.ERROR,
          "no park belongs to itself through nesting and parent references");
    }

    @Override
    public void check(RuleContext context) {
      parkCycles(context);
    }

    /**
     * Finds the cycles of "belongs to": a park belongs to the park it is nested in and to the
     * park its parent names. Nesting alone is a tree, so every cycle goes through a parent
     * reference; each is reported once, at that reference. Depth first with a stack of its own,
     * in time linear in the number of parks.
     */
    private static void parkCycles(RuleContext context) {
      // Every park id, in order of first appearance, with the ids it belongs to and its path.
      Map<Identifier, Node> nodes = new LinkedHashMap<>();
      for (Located<Park> located : context.parks()) {
        Park park = located.value();
        nodes.computeIfAbsent(park.id(), id -> new Node(id, located.path()));
      }
      for (Located<Park> located : context.parks()) {
        Park park = located.value();
        Node node = nodes.get(park.id());
        for (Park sub : park.subZones()) {
          nodes.get(sub.id()).up.add(node);
          nodes.get(sub.id()).byParent.add(false);
        }
        if (park.parent().isPresent() && nodes.containsKey(park.parent().get())) {
          node.up.add(nodes.get(park.parent().get()));
          node.byParent.add(true);
        }
      }
      List<Node> stack = new ArrayList<>();
      for (Node root : nodes.values()) {
        if (root.state != Node.NEW) {
          continue;
        }
        root.state = Node.OPEN;
        stack.add(root);
        while (!stack.isEmpty()) {
          Node top = stack.get(stack.size() - 1);
          if (top.nextEdge == top.up.size()) {
            top.state = Node.DONE;
            stack.remove(stack.size() - 1);
            continue;
          }
          Node to = top.up.get(top.nextEdge++);
          if (to.state == Node.NEW) {
            to.state = Node.OPEN;
            to.onStack = stack.size();
            stack.add(to);
          } else if (to.state == Node.OPEN) {
            report(context, stack.subList(to.onStack, stack.size()));
          }
        }
      }
    }

    /**
     * Reports the cycle {@code cycle[0] → … → cycle[last] → cycle[0]} at its first parent
     * reference. On the walk's stack the last edge each park took leads to the next one (the
     * last park's, back to the first), so that edge tells how each belongs to the next. A cycle
     * of nesting alone can only come of a repeated identifier, which {@value
     * StandardRules#DUPLICATE_ID} reports; it is not reported here.
     */
    private static void report(RuleContext context, List<Node> cycle) {
      int at = -1;
      for (int i = 0; i < cycle.size() && at < 0; i++) {
        Node from = cycle.get(i);
        if (from.byParent.get(from.nextEdge - 1)) {
          at = i;
        }
      }
      if (at < 0) {
        return;
      }
      StringBuilder ids = new StringBuilder();
      for (int i = 0; i <= cycle.size(); i++) {
        if (i == NAMED && cycle.size() > NAMED + 1) {
          ids.append(" → … (").append(cycle.size() - NAMED).append(" more)");
          i = cycle.size();
        }
        if (i > 0) {
          ids.append(" → ");
        }
        ids.append(cycle.get((at + i) % cycle.size()).id);
      }
      Node start = cycle.get(at);
      context.report(
          start.path.field("parent"),
          "园区归属关系构成循环：" + ids,
          "the parks belong to each other in a cycle: " + ids,
          Figure.of("cycle", ids.toString()));
    }

    /** A park id in the walk: the parks it belongs to, whether by parent, and its state. */
    private static final class Node {
      static final int NEW = 0;
      static final int OPEN = 1;
      static final int DONE = 2;

      final Identifier id;
      final Path path;
      final List<Node> up = new ArrayList<>(1);
      final List<Boolean> byParent = new ArrayList<>(1);
      int state = NEW;
      int nextEdge;
      int onStack;

      Node(Identifier id, Path path) {
        this.id = id;
        this.path = path;
      }
    }
  }

  /** {@value StandardRules#SELF_REFERENCE}. */
  static final class SelfReference extends BuiltInRule {
    SelfReference() {
      super(
          StandardRules.SELF_REFERENCE,
          Severity.ERROR,
          "no entity refers to itself: a cluster among its own host parks, a chain hosted by itself,"
              + " a policy issued by or applying to itself, an organisation in itself");
    }

    @Override
    public void check(RuleContext context) {
      selfReferences(context);
    }

    /** An entity that names itself: a cluster among its own host parks, a policy applying to itself. */
    private static void selfReferences(RuleContext context) {
      Dataset dataset = context.dataset();
      for (Cluster c : dataset.clusters()) {
        Path at = Paths.entity("clusters", c.id());
        selfInList(context, c.id(), c.hostParks(), at.field("hostParks"));
        selfInList(context, c.id(), c.members(), at.field("members"));
      }
      for (IndustrialChain c : dataset.chains()) {
        Path at = Paths.entity("chains", c.id());
        self(context, c.id(), c.hostPark(), at.field("hostPark"));
        selfInList(context, c.id(), c.leadEnterprises(), at.field("leadEnterprises"));
      }
      for (Policy p : dataset.policies()) {
        Path at = Paths.entity("policies", p.id());
        self(context, p.id(), p.issuer(), at.field("issuer"));
        selfInList(context, p.id(), p.appliesTo(), at.field("appliesTo"));
      }
      for (Organisation o : dataset.organisations()) {
        if (o.park().isPresent()) {
          self(context, o.id(), o.park().get(), Paths.entity("organisations", o.id()).field("park"));
        }
      }
    }

    private static void selfInList(RuleContext context, Identifier id, List<Identifier> refs, Path list) {
      for (int i = 0; i < refs.size(); i++) {
        self(context, id, refs.get(i), list.index(i));
      }
    }

    private static void self(RuleContext context, Identifier id, Identifier ref, Path at) {
      if (ref.equals(id)) {
        context.report(at, id + "引用了自身", id + " refers to itself", Figure.of("id", id.value()));
      }
    }
  }
}
