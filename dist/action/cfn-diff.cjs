var __getOwnPropNames = Object.getOwnPropertyNames;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};

// node_modules/@cdklabs/tskb/lib/sorted-map.js
var require_sorted_map = __commonJS({
  "node_modules/@cdklabs/tskb/lib/sorted-map.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.sortedMap = void 0;
    var sortedMap;
    (function(sortedMap2) {
      function add(map, cmp, key, value) {
        const i = lowerBound(map, cmp, key);
        map.splice(i, 0, [key, value]);
      }
      sortedMap2.add = add;
      function find(map, cmp, key) {
        const i = lowerBound(map, cmp, key);
        if (i === map.length) {
          return void 0;
        }
        const [foundKey, value] = map[i];
        return cmp(foundKey, key) === 0 ? value : void 0;
      }
      sortedMap2.find = find;
      function findAll(map, cmp, key) {
        let i = lowerBound(map, cmp, key);
        const ret = [];
        while (i < map.length && cmp(map[i][0], key) === 0) {
          ret.push(map[i][1]);
          i += 1;
        }
        return ret;
      }
      sortedMap2.findAll = findAll;
      function lowerBound(map, cmp, key) {
        let first = 0;
        let count = map.length;
        while (count > 0) {
          let it = first;
          let step = Math.floor(count / 2);
          it += step;
          if (cmp(map[it][0], key) < 0) {
            first = ++it;
            count -= step + 1;
          } else {
            count = step;
          }
        }
        return first;
      }
    })(sortedMap = exports2.sortedMap || (exports2.sortedMap = {}));
  }
});

// node_modules/@cdklabs/tskb/lib/entity.js
var require_entity = __commonJS({
  "node_modules/@cdklabs/tskb/lib/entity.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.optionalCmp = exports2.numberCmp = exports2.stringCmp = exports2.ref = exports2.isEntityCollection = exports2.calculatedIndex = exports2.fieldIndex = exports2.entityCollection = void 0;
    var sorted_map_1 = require_sorted_map();
    function entityCollection() {
      const entities = /* @__PURE__ */ new Map();
      const _indexes = {};
      function add(x) {
        entities.set(x.$id, x);
        for (const index of Object.values(_indexes)) {
          index.add(x);
        }
      }
      return {
        type: "entities",
        entities,
        indexes: _indexes,
        add,
        dehydrate: () => ({
          type: "entities",
          entities: Array.from(validatePlainObjects(entities).values())
        }),
        hydrateFrom: (x) => {
          entities.clear();
          for (const e of Object.values(x.entities)) {
            add(e);
          }
        },
        index(indexes) {
          if (Object.keys(_indexes).length > 0) {
            throw new Error("You may only call .index() once on a new collection");
          }
          Object.assign(_indexes, indexes);
          return this;
        }
      };
    }
    exports2.entityCollection = entityCollection;
    function fieldIndex(propName, comparator) {
      return calculatedIndex((x) => x[propName], comparator);
    }
    exports2.fieldIndex = fieldIndex;
    function calculatedIndex(fn, comparator) {
      const index = [];
      return {
        add: (x) => sorted_map_1.sortedMap.add(index, comparator, fn(x), x.$id),
        lookups: {
          equals: (value) => sorted_map_1.sortedMap.findAll(index, comparator, value)
        },
        index
      };
    }
    exports2.calculatedIndex = calculatedIndex;
    function isEntityCollection(x) {
      return typeof x === "object" && !!x && x.type === "entities";
    }
    exports2.isEntityCollection = isEntityCollection;
    function validatePlainObjects(xs) {
      for (const x of xs.values()) {
        if (x.constructor !== Object) {
          throw new Error(`Entities should be plain-text objects, got instance of ${x.constructor}`);
        }
      }
      return xs;
    }
    function ref(x) {
      return typeof x === "string" ? { $ref: x } : { $ref: x.$id };
    }
    exports2.ref = ref;
    function stringCmp(a, b) {
      return a.localeCompare(b);
    }
    exports2.stringCmp = stringCmp;
    function numberCmp(a, b) {
      return a - b;
    }
    exports2.numberCmp = numberCmp;
    function optionalCmp(cmp, frontOrder = true) {
      return (a, b) => {
        if (a == void 0 && b != void 0) {
          return frontOrder ? -1 : 1;
        }
        if (a != void 0 && b == void 0) {
          return frontOrder ? 1 : -1;
        }
        if (a == void 0 && b == void 0) {
          return 0;
        }
        return cmp(a, b);
      };
    }
    exports2.optionalCmp = optionalCmp;
  }
});

// node_modules/@cdklabs/tskb/lib/relationship.js
var require_relationship = __commonJS({
  "node_modules/@cdklabs/tskb/lib/relationship.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isRelationshipCollection = exports2.relationshipCollection = exports2.NO_RELATIONSHIPS = void 0;
    var NO_RELATIONSHIPS = () => ({});
    exports2.NO_RELATIONSHIPS = NO_RELATIONSHIPS;
    function relationshipCollection(fromField, toField) {
      const forward = /* @__PURE__ */ new Map();
      const backward = /* @__PURE__ */ new Map();
      function add(fromId, toId, attrs) {
        let f = forward.get(fromId);
        if (!f) {
          f = [];
          forward.set(fromId, f);
        }
        let b = backward.get(toId);
        if (!b) {
          b = [];
          backward.set(toId, b);
        }
        const forwardRel = { $id: toId, ...attrs };
        const forwardRelStr = JSON.stringify(forwardRel);
        const existingRelationship = f.find((x) => JSON.stringify(x) === forwardRelStr);
        if (!existingRelationship) {
          f.push(forwardRel);
          b.push({ $id: fromId, ...attrs });
        }
      }
      return {
        type: "rel",
        fromColl: fromField,
        toColl: toField,
        forward,
        backward,
        add(from, to, attributes) {
          add(from.$id, to.$id, attributes);
        },
        dehydrate() {
          return {
            type: "rel",
            forward: Object.fromEntries(forward.entries())
          };
        },
        hydrateFrom(x) {
          forward.clear();
          backward.clear();
          for (const [fromId, targets] of Object.entries(x.forward)) {
            for (const target of targets) {
              add(fromId, target.$id, removeId(target));
            }
          }
        }
      };
    }
    exports2.relationshipCollection = relationshipCollection;
    function isRelationshipCollection(x) {
      return typeof x === "object" && !!x && x.type === "rel";
    }
    exports2.isRelationshipCollection = isRelationshipCollection;
    function removeId(x) {
      const ret = { ...x };
      delete ret.$id;
      return ret;
    }
  }
});

// node_modules/@cdklabs/tskb/lib/database.js
var require_database = __commonJS({
  "node_modules/@cdklabs/tskb/lib/database.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Database = void 0;
    var entity_1 = require_entity();
    var relationship_1 = require_relationship();
    var Database = class _Database {
      static entitiesOnly(entities) {
        return new _Database(entities, relationship_1.NO_RELATIONSHIPS);
      }
      constructor(entities, relationships) {
        this.idCtr = 0;
        this.schema = {
          ...entities,
          ...relationships({
            relationship: (fromKey, toKey) => (0, relationship_1.relationshipCollection)((id) => this.get(fromKey, id), (id) => this.get(toKey, id))
          })
        };
      }
      id() {
        return `${this.idCtr++}`;
      }
      /**
       * Allocate an ID and store
       */
      allocate(key, entity) {
        return this.store(key, this.e(entity));
      }
      /**
       * Store with a preallocated ID
       */
      store(key, entity) {
        const coll = this.schema[key];
        coll.add(entity);
        return entity;
      }
      /**
       * Get an entity by key
       */
      get(key, id) {
        const coll = this.schema[key];
        const ret = coll.entities.get(typeof id === "string" ? id : id.$ref);
        if (!ret) {
          throw new Error(`No such ${String(key)}: ${id}`);
        }
        return ret;
      }
      /**
       * All entities of a given type
       */
      all(key) {
        const coll = this.schema[key];
        return Array.from(coll.entities.values());
      }
      /**
       * Lookup an entity by index
       */
      lookup(key, index, lookup, value) {
        const coll = this.schema[key];
        const ids = coll.indexes[index].lookups[lookup](value);
        return addOnlyMethod(ids.map((id) => coll.entities.get(id)), `${String(key)} with ${String(index)} ${String(lookup)} ${JSON.stringify(value)}`);
      }
      /**
       * Allocate an ID and store if the entity does not yet exist
       */
      findOrAllocate(key, index, lookup, entity) {
        const res = this.lookup(key, index, lookup, entity[index]);
        if (res.length) {
          return res.only();
        }
        return this.allocate(key, entity);
      }
      link(key, from, to, attributes) {
        const col = this.schema[key];
        col.add(from, to, attributes);
      }
      /**
       * Follow a link
       */
      follow(key, from) {
        const col = this.schema[key];
        const toLinks = col.forward.get(from.$id) ?? [];
        const ret = toLinks.map((i) => ({ entity: col.toColl(i.$id), ...removeId(i) }));
        return addOnlyMethod(ret, `${String(key)} from ${from}`);
      }
      /**
       * Follow incoming links backwards
       */
      incoming(key, to) {
        const col = this.schema[key];
        const fromIds = col.backward.get(to.$id) ?? [];
        const ret = fromIds.map((i) => ({ entity: col.fromColl(i.$id), ...removeId(i) }));
        return addOnlyMethod(ret, `${String(key)} to ${to}`);
      }
      e(entity) {
        return {
          $id: this.id(),
          ...entity
        };
      }
      /**
       * Turn the current database collection into something that can be stored.
       */
      save() {
        return {
          idCtr: this.idCtr,
          schema: dehydrate(this.schema)
        };
        function dehydrate(x) {
          if ((0, entity_1.isEntityCollection)(x)) {
            return x.dehydrate();
          }
          if ((0, relationship_1.isRelationshipCollection)(x)) {
            return x.dehydrate();
          }
          if (Array.isArray(x)) {
            return x.map(dehydrate);
          }
          if (!!x && typeof x === "object") {
            return Object.fromEntries(Object.entries(x).map(([k, v]) => [k, dehydrate(v)]));
          }
          return x;
        }
      }
      load(db) {
        this.idCtr = db.idCtr;
        hydrate(this.schema, db.schema);
        function hydrate(proto, x) {
          if ((0, entity_1.isEntityCollection)(proto)) {
            proto.hydrateFrom(x);
          }
          if ((0, relationship_1.isRelationshipCollection)(proto)) {
            proto.hydrateFrom(x);
          }
          if (Array.isArray(x)) {
            x.forEach(hydrate);
          }
          if (!!proto && typeof proto === "object" && !!x && typeof x === "object") {
            for (const [k, v] of Object.entries(proto)) {
              const dehydratedData = x[k];
              if (dehydratedData !== void 0) {
                hydrate(v, dehydratedData);
              }
            }
          }
        }
      }
    };
    exports2.Database = Database;
    function removeId(x) {
      const ret = { ...x };
      delete ret.$id;
      return ret;
    }
    function addOnlyMethod(xs, description) {
      return Object.defineProperties(xs, {
        only: {
          enumerable: false,
          value: () => {
            if (xs.length !== 1) {
              throw new Error(`Expected exactly 1 ${description}, found ${xs.length}`);
            }
            return xs[0];
          }
        }
      });
    }
  }
});

// node_modules/@cdklabs/tskb/lib/invariant.js
var require_invariant = __commonJS({
  "node_modules/@cdklabs/tskb/lib/invariant.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.impliesU = exports2.implies = exports2.evolutionInvariant = void 0;
    function evolutionInvariant(description, pred) {
      Array.isArray(description);
      Array.isArray(pred);
    }
    exports2.evolutionInvariant = evolutionInvariant;
    function implies(x, y) {
      return !x || y;
    }
    exports2.implies = implies;
    function impliesU(x, y) {
      return !x || !!y;
    }
    exports2.impliesU = impliesU;
  }
});

// node_modules/@cdklabs/tskb/lib/result.js
var require_result = __commonJS({
  "node_modules/@cdklabs/tskb/lib/result.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.liftUndefined = exports2.liftResult = exports2.locateFailure = exports2.chain = exports2.using = exports2.tryCatch = exports2.assertSuccess = exports2.errorFrom = exports2.errorMessage = exports2.unpackOr = exports2.unpack = exports2.isSuccess = exports2.isFailure = exports2.failure = void 0;
    var errorSym = /* @__PURE__ */ Symbol("error");
    function mkLocate(prefix) {
      const ret = (error) => failure(`${prefix}: ${error}`);
      ret.in = (prefix2) => mkLocate(`${prefix}: ${prefix2}`);
      ret.locate = locateFailure(prefix);
      return ret;
    }
    function failure(error) {
      return { [errorSym]: error };
    }
    exports2.failure = failure;
    failure.in = (prefix) => mkLocate(prefix);
    failure.locate = (x) => x;
    function isFailure(x) {
      return !!x && typeof x === "object" && x[errorSym];
    }
    exports2.isFailure = isFailure;
    function isSuccess(x) {
      return !isFailure(x);
    }
    exports2.isSuccess = isSuccess;
    function unpack(x) {
      if (isFailure(x)) {
        throw new Error(`unpack: ${x[errorSym]}`);
      }
      return x;
    }
    exports2.unpack = unpack;
    function unpackOr(x, def) {
      return isFailure(x) ? def : x;
    }
    exports2.unpackOr = unpackOr;
    function errorMessage(x) {
      return x[errorSym];
    }
    exports2.errorMessage = errorMessage;
    function errorFrom(x) {
      return new Error(errorMessage(x));
    }
    exports2.errorFrom = errorFrom;
    function assertSuccess(x) {
      if (isFailure(x)) {
        throw errorFrom(x);
      }
    }
    exports2.assertSuccess = assertSuccess;
    function tryCatch(failOrBlock, maybeBlock) {
      const block = maybeBlock ?? failOrBlock;
      const f = maybeBlock ? failOrBlock : failure;
      try {
        return block();
      } catch (e) {
        return f(`Error: ${e.message}
${e.stack}`);
      }
    }
    exports2.tryCatch = tryCatch;
    function using(value, block) {
      if (isFailure(value)) {
        return value;
      }
      return block(value);
    }
    exports2.using = using;
    function chain(value, ...fns) {
      for (const fn of fns) {
        if (isFailure(value)) {
          return value;
        }
        value = fn(value);
      }
      return value;
    }
    exports2.chain = chain;
    function locateFailure(prefix) {
      return (x) => isFailure(x) ? failure(`${prefix}: ${x[errorSym]}`) : x;
    }
    exports2.locateFailure = locateFailure;
    function liftResult(xs) {
      const failures = Array.isArray(xs) ? xs.filter(isFailure) : Object.values(xs).filter(isFailure);
      if (failures.length > 0) {
        return failure(failures.map(errorMessage).join(", "));
      }
      return xs;
    }
    exports2.liftResult = liftResult;
    function liftUndefined(valueOrFunction) {
      if (typeof valueOrFunction === "function") {
        return (...args) => {
          const value = valueOrFunction(...args);
          return value !== void 0 ? value : failure("value is undefined");
        };
      }
      return valueOrFunction !== void 0 ? valueOrFunction : failure("value is undefined");
    }
    exports2.liftUndefined = liftUndefined;
  }
});

// node_modules/@cdklabs/tskb/lib/index.js
var require_lib = __commonJS({
  "node_modules/@cdklabs/tskb/lib/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_entity(), exports2);
    __exportStar(require_relationship(), exports2);
    __exportStar(require_database(), exports2);
    __exportStar(require_invariant(), exports2);
    __exportStar(require_result(), exports2);
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/types/database.js
var require_database2 = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/types/database.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RichSpecDatabase = void 0;
    exports2.emptyDatabase = emptyDatabase;
    exports2.loadDatabase = loadDatabase;
    var fs_1 = require("fs");
    var zlib_1 = require("zlib");
    var tskb_1 = require_lib();
    function emptyDatabase() {
      return new tskb_1.Database({
        resource: (0, tskb_1.entityCollection)().index({
          cloudFormationType: (0, tskb_1.fieldIndex)("cloudFormationType", tskb_1.stringCmp)
        }),
        region: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp)
        }),
        service: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp),
          cloudFormationNamespace: (0, tskb_1.fieldIndex)("cloudFormationNamespace", tskb_1.stringCmp)
        }),
        eventTypeDefinition: (0, tskb_1.entityCollection)(),
        typeDefinition: (0, tskb_1.entityCollection)(),
        augmentations: (0, tskb_1.entityCollection)(),
        metric: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp),
          namespace: (0, tskb_1.fieldIndex)("namespace", tskb_1.stringCmp),
          dedupKey: (0, tskb_1.fieldIndex)("dedupKey", tskb_1.stringCmp)
        }),
        dimensionSet: (0, tskb_1.entityCollection)().index({
          dedupKey: (0, tskb_1.fieldIndex)("dedupKey", tskb_1.stringCmp)
        }),
        event: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp)
        })
      }, (r) => ({
        hasResource: r.relationship("service", "resource"),
        regionHasResource: r.relationship("region", "resource"),
        regionHasService: r.relationship("region", "service"),
        usesType: r.relationship("resource", "typeDefinition"),
        isAugmented: r.relationship("resource", "augmentations"),
        usesDimensionSet: r.relationship("metric", "dimensionSet"),
        resourceHasMetric: r.relationship("resource", "metric"),
        serviceHasMetric: r.relationship("service", "metric"),
        resourceHasDimensionSet: r.relationship("resource", "dimensionSet"),
        serviceHasDimensionSet: r.relationship("service", "dimensionSet"),
        resourceHasEvent: r.relationship("resource", "event"),
        serviceHasEvent: r.relationship("service", "event"),
        eventUsesType: r.relationship("event", "eventTypeDefinition")
      }));
    }
    async function loadDatabase(pathToDb) {
      const db = emptyDatabase();
      const contents = await fs_1.promises.readFile(pathToDb);
      const json = pathToDb.endsWith(".gz") ? (0, zlib_1.gunzipSync)(contents).toString("utf-8") : contents.toString("utf-8");
      db.load(JSON.parse(json));
      return db;
    }
    var RichSpecDatabase = class {
      constructor(db) {
        this.db = db;
      }
      /**
       * Find all resources of a given type
       */
      resourceByType(cfnType, operation = "resourceByType") {
        const res = this.db.lookup("resource", "cloudFormationType", "equals", cfnType);
        if (res.length === 0) {
          throw new Error(`${operation}: no such resource: ${cfnType}`);
        }
        return res[0];
      }
      /**
       * All type definitions used by a certain resource
       */
      resourceTypeDefs(cfnType) {
        const resource = this.db.lookup("resource", "cloudFormationType", "equals", cfnType).only();
        return this.db.follow("usesType", resource).map((x) => x.entity);
      }
      /**
       * Find a type definition from a given property type
       */
      tryFindDef(type) {
        return type.type === "ref" ? this.db.get("typeDefinition", type.reference.$ref) : void 0;
      }
    };
    exports2.RichSpecDatabase = RichSpecDatabase;
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/util/sorting.js
var require_sorting = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/util/sorting.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.sortKeyComparator = sortKeyComparator;
    function sortKeyComparator(keyFn) {
      return (a, b) => {
        const ak = keyFn(a);
        const bk = keyFn(b);
        for (let i = 0; i < ak.length && i < bk.length; i++) {
          const av = ak[i];
          const bv = bk[i];
          let diff = 0;
          if (typeof av === "number" && typeof bv === "number") {
            diff = av - bv;
          } else if (typeof av === "string" && typeof bv === "string") {
            diff = av.localeCompare(bv);
          }
          if (diff !== 0) {
            return diff;
          }
        }
        return bk.length - ak.length;
      };
    }
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/types/resource.js
var require_resource = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/types/resource.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RichPropertyType = exports2.PropertyScrutinyType = exports2.ResourceScrutinyType = exports2.Deprecation = exports2.RichAttribute = exports2.RichProperty = exports2.RichTypedField = void 0;
    exports2.isCollectionType = isCollectionType;
    var sorting_1 = require_sorting();
    var RichTypedField = class {
      constructor(field) {
        this.field = field;
        if (field === void 0) {
          throw new Error("Field is undefined");
        }
      }
      types() {
        return [...this.field.previousTypes ?? [], this.field.type];
      }
      /**
       * Update the type of this property with a new type
       *
       * Only if it's not in the set of types already.
       *
       * Returns true if the type was updated.
       */
      updateType(type) {
        const richType = new RichPropertyType(type);
        if (this.types().some((t) => richType.equals(t))) {
          if ((type.type === "string" || type.type === "integer") && type.allowedValues) {
            if (this.field.type.type === type.type) {
              this.field.type.allowedValues = type.allowedValues;
            }
          }
          return false;
        }
        if (type.type === "string" && this.types().some((t) => t.type === "date-time")) {
          return false;
        }
        if (type.type === "string" && this.field.type.type === "json") {
          this.field.type = type;
          return true;
        }
        if (!this.field.previousTypes) {
          this.field.previousTypes = [];
        }
        this.field.previousTypes.push(this.field.type);
        this.field.type = type;
        return true;
      }
    };
    exports2.RichTypedField = RichTypedField;
    var RichProperty = class extends RichTypedField {
      constructor(property) {
        super(property);
      }
    };
    exports2.RichProperty = RichProperty;
    var RichAttribute = class extends RichTypedField {
      constructor(attr) {
        super(attr);
      }
    };
    exports2.RichAttribute = RichAttribute;
    var Deprecation;
    (function(Deprecation2) {
      Deprecation2["NONE"] = "NONE";
      Deprecation2["WARN"] = "WARN";
      Deprecation2["IGNORE"] = "IGNORE";
    })(Deprecation || (exports2.Deprecation = Deprecation = {}));
    function isCollectionType(x) {
      return x.type === "array" || x.type === "map";
    }
    var ResourceScrutinyType;
    (function(ResourceScrutinyType2) {
      ResourceScrutinyType2["None"] = "None";
      ResourceScrutinyType2["ResourcePolicyResource"] = "ResourcePolicyResource";
      ResourceScrutinyType2["IdentityPolicyResource"] = "IdentityPolicyResource";
      ResourceScrutinyType2["LambdaPermission"] = "LambdaPermission";
      ResourceScrutinyType2["IngressRuleResource"] = "IngressRuleResource";
      ResourceScrutinyType2["EgressRuleResource"] = "EgressRuleResource";
      ResourceScrutinyType2["SsoAssignmentResource"] = "SsoAssignmentResource";
      ResourceScrutinyType2["SsoInstanceACAConfigResource"] = "SsoInstanceACAConfigResource";
      ResourceScrutinyType2["SsoPermissionSet"] = "SsoPermissionSet";
    })(ResourceScrutinyType || (exports2.ResourceScrutinyType = ResourceScrutinyType = {}));
    var PropertyScrutinyType;
    (function(PropertyScrutinyType2) {
      PropertyScrutinyType2["None"] = "None";
      PropertyScrutinyType2["InlineResourcePolicy"] = "InlineResourcePolicy";
      PropertyScrutinyType2["InlineIdentityPolicies"] = "InlineIdentityPolicies";
      PropertyScrutinyType2["ManagedPolicies"] = "ManagedPolicies";
      PropertyScrutinyType2["IngressRules"] = "IngressRules";
      PropertyScrutinyType2["EgressRules"] = "EgressRules";
    })(PropertyScrutinyType || (exports2.PropertyScrutinyType = PropertyScrutinyType = {}));
    var RichPropertyType = class _RichPropertyType {
      constructor(type) {
        this.type = type;
      }
      equals(rhs) {
        switch (this.type.type) {
          case "integer":
          case "boolean":
          case "date-time":
          case "json":
          case "null":
          case "number":
          case "string":
          case "tag":
            return rhs.type === this.type.type;
          case "array":
          case "map":
            return rhs.type === this.type.type && new _RichPropertyType(this.type.element).equals(rhs.element);
          case "ref":
            return rhs.type === "ref" && this.type.reference.$ref === rhs.reference.$ref;
          case "union":
            const lhsKey = this.sortKey();
            const rhsKey = new _RichPropertyType(rhs).sortKey();
            return lhsKey.length === rhsKey.length && lhsKey.every((l, i) => l === rhsKey[i]);
        }
      }
      /**
       * Whether the current type is JavaScript-equal to the RHS type
       *
       * Same as normal equality, but consider `integer` and `number` the same types.
       */
      javascriptEquals(rhs) {
        switch (this.type.type) {
          case "number":
          case "integer":
            return rhs.type === "integer" || rhs.type === "number";
          case "array":
          case "map":
            return rhs.type === this.type.type && new _RichPropertyType(this.type.element).javascriptEquals(rhs.element);
          case "union":
            if (rhs.type !== "union") {
              return false;
            }
            return this.type.types.every((t1) => rhs.types.some((t2) => new _RichPropertyType(t1).javascriptEquals(t2)));
          default:
            return this.equals(rhs);
        }
      }
      /**
       * Whether the current type is assignable to the RHS type.
       *
       * This is means every type member of the LHS must be present in the RHS type
       */
      assignableTo(rhs) {
        const extractMembers = (type) => type.type == "union" ? type.types : [type];
        const asRichType = (type) => new _RichPropertyType(type);
        const rhsMembers = extractMembers(rhs);
        for (const lhsMember of extractMembers(this.type).map(asRichType)) {
          if (!rhsMembers.some((type) => lhsMember.equals(type))) {
            return false;
          }
        }
        return true;
      }
      /**
       * Return a version of this type, but with all type unions in a regularized order
       */
      normalize(db) {
        switch (this.type.type) {
          case "array":
          case "map":
            return new _RichPropertyType({
              type: this.type.type,
              element: new _RichPropertyType(this.type.element).normalize(db).type
            });
          case "union":
            const types = this.type.types.map((t) => new _RichPropertyType(t).normalize(db)).map((t) => [t, t.sortKey(db)]);
            types.sort((0, sorting_1.sortKeyComparator)(([_, sortKey]) => sortKey));
            return new _RichPropertyType({
              type: "union",
              types: types.map(([t, _]) => t.type)
            });
          default:
            return this;
        }
      }
      stringify(db, withId = true) {
        switch (this.type.type) {
          case "string":
            return this.type.allowedValues ? `string<${this.type.allowedValues.join("|")}>` : "string";
          case "integer":
            return this.type.allowedValues ? `integer<${this.type.allowedValues.join("|")}>` : "integer";
          case "boolean":
          case "date-time":
          case "json":
          case "null":
          case "number":
          case "tag":
            return this.type.type;
          case "array":
            return `Array<${new _RichPropertyType(this.type.element).stringify(db, withId)}>`;
          case "map":
            return `Map<string, ${new _RichPropertyType(this.type.element).stringify(db, withId)}>`;
          case "ref":
            const type = db.get("typeDefinition", this.type.reference);
            return withId ? `${type.name}(${this.type.reference.$ref})` : type.name;
          case "union":
            return this.type.types.map((t) => new _RichPropertyType(t).stringify(db, withId)).join(" | ");
        }
      }
      /**
       * Return a sortable key based on this type
       *
       * If a database is given, type definitions will be sorted based on type name,
       * otherwise on identifier
       */
      sortKey(db) {
        switch (this.type.type) {
          case "integer":
          case "boolean":
          case "date-time":
          case "json":
          case "null":
          case "number":
          case "string":
          case "tag":
            return ["0", this.type.type];
          case "array":
          case "map":
            return ["1", this.type.type, ...new _RichPropertyType(this.type.element).sortKey(db)];
          case "ref":
            return ["2", this.type.type, db?.get("typeDefinition", this.type.reference)?.name ?? this.type.reference.$ref];
          case "union":
            const typeKeys = this.type.types.map((t) => new _RichPropertyType(t).sortKey(db));
            typeKeys.sort((0, sorting_1.sortKeyComparator)((x) => x));
            return ["3", this.type.type, ...typeKeys.flatMap((x) => x)];
        }
      }
    };
    exports2.RichPropertyType = RichPropertyType;
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/types/augmentations.js
var require_augmentations = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/types/augmentations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/types/event.js
var require_event = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/types/event.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/types/metrics.js
var require_metrics = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/types/metrics.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/types/diff.js
var require_diff = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/types/diff.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/types/common.js
var require_common = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/types/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/service-spec-types/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@aws-cdk/service-spec-types/lib/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_database2(), exports2);
    __exportStar(require_resource(), exports2);
    __exportStar(require_augmentations(), exports2);
    __exportStar(require_event(), exports2);
    __exportStar(require_metrics(), exports2);
    __exportStar(require_diff(), exports2);
    __exportStar(require_common(), exports2);
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/database.js
var require_database3 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/database.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RichSpecDatabase = void 0;
    exports2.emptyDatabase = emptyDatabase;
    exports2.loadDatabase = loadDatabase;
    var fs_1 = require("fs");
    var zlib_1 = require("zlib");
    var tskb_1 = require_lib();
    function emptyDatabase() {
      return new tskb_1.Database({
        resource: (0, tskb_1.entityCollection)().index({
          cloudFormationType: (0, tskb_1.fieldIndex)("cloudFormationType", tskb_1.stringCmp)
        }),
        region: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp)
        }),
        service: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp),
          cloudFormationNamespace: (0, tskb_1.fieldIndex)("cloudFormationNamespace", tskb_1.stringCmp)
        }),
        eventTypeDefinition: (0, tskb_1.entityCollection)(),
        typeDefinition: (0, tskb_1.entityCollection)(),
        augmentations: (0, tskb_1.entityCollection)(),
        metric: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp),
          namespace: (0, tskb_1.fieldIndex)("namespace", tskb_1.stringCmp),
          dedupKey: (0, tskb_1.fieldIndex)("dedupKey", tskb_1.stringCmp)
        }),
        dimensionSet: (0, tskb_1.entityCollection)().index({
          dedupKey: (0, tskb_1.fieldIndex)("dedupKey", tskb_1.stringCmp)
        }),
        event: (0, tskb_1.entityCollection)().index({
          name: (0, tskb_1.fieldIndex)("name", tskb_1.stringCmp)
        })
      }, (r) => ({
        hasResource: r.relationship("service", "resource"),
        regionHasResource: r.relationship("region", "resource"),
        regionHasService: r.relationship("region", "service"),
        usesType: r.relationship("resource", "typeDefinition"),
        isAugmented: r.relationship("resource", "augmentations"),
        usesDimensionSet: r.relationship("metric", "dimensionSet"),
        resourceHasMetric: r.relationship("resource", "metric"),
        serviceHasMetric: r.relationship("service", "metric"),
        resourceHasDimensionSet: r.relationship("resource", "dimensionSet"),
        serviceHasDimensionSet: r.relationship("service", "dimensionSet"),
        resourceHasEvent: r.relationship("resource", "event"),
        serviceHasEvent: r.relationship("service", "event"),
        eventUsesType: r.relationship("event", "eventTypeDefinition")
      }));
    }
    async function loadDatabase(pathToDb) {
      const db = emptyDatabase();
      const contents = await fs_1.promises.readFile(pathToDb);
      const json = pathToDb.endsWith(".gz") ? (0, zlib_1.gunzipSync)(contents).toString("utf-8") : contents.toString("utf-8");
      db.load(JSON.parse(json));
      return db;
    }
    var RichSpecDatabase = class {
      constructor(db) {
        this.db = db;
      }
      /**
       * Find all resources of a given type
       */
      resourceByType(cfnType, operation = "resourceByType") {
        const res = this.db.lookup("resource", "cloudFormationType", "equals", cfnType);
        if (res.length === 0) {
          throw new Error(`${operation}: no such resource: ${cfnType}`);
        }
        return res[0];
      }
      /**
       * All type definitions used by a certain resource
       */
      resourceTypeDefs(cfnType) {
        const resource = this.db.lookup("resource", "cloudFormationType", "equals", cfnType).only();
        return this.db.follow("usesType", resource).map((x) => x.entity);
      }
      /**
       * Find a type definition from a given property type
       */
      tryFindDef(type) {
        return type.type === "ref" ? this.db.get("typeDefinition", type.reference.$ref) : void 0;
      }
    };
    exports2.RichSpecDatabase = RichSpecDatabase;
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/util/sorting.js
var require_sorting2 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/util/sorting.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.sortKeyComparator = sortKeyComparator;
    function sortKeyComparator(keyFn) {
      return (a, b) => {
        const ak = keyFn(a);
        const bk = keyFn(b);
        for (let i = 0; i < ak.length && i < bk.length; i++) {
          const av = ak[i];
          const bv = bk[i];
          let diff = 0;
          if (typeof av === "number" && typeof bv === "number") {
            diff = av - bv;
          } else if (typeof av === "string" && typeof bv === "string") {
            diff = av.localeCompare(bv);
          }
          if (diff !== 0) {
            return diff;
          }
        }
        return bk.length - ak.length;
      };
    }
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/resource.js
var require_resource2 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/resource.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.RichPropertyType = exports2.PropertyScrutinyType = exports2.ResourceScrutinyType = exports2.Deprecation = exports2.RichAttribute = exports2.RichProperty = exports2.RichTypedField = void 0;
    exports2.isCollectionType = isCollectionType;
    var sorting_1 = require_sorting2();
    var RichTypedField = class {
      constructor(field) {
        this.field = field;
        if (field === void 0) {
          throw new Error("Field is undefined");
        }
      }
      types() {
        return [...this.field.previousTypes ?? [], this.field.type];
      }
      /**
       * Update the type of this property with a new type
       *
       * Only if it's not in the set of types already.
       *
       * Returns true if the type was updated.
       */
      updateType(type) {
        const richType = new RichPropertyType(type);
        if (this.types().some((t) => richType.equals(t))) {
          if ((type.type === "string" || type.type === "integer") && type.allowedValues) {
            if (this.field.type.type === type.type) {
              this.field.type.allowedValues = type.allowedValues;
            }
          }
          return false;
        }
        if (type.type === "string" && this.types().some((t) => t.type === "date-time")) {
          return false;
        }
        if (type.type === "string" && this.field.type.type === "json") {
          this.field.type = type;
          return true;
        }
        if (!this.field.previousTypes) {
          this.field.previousTypes = [];
        }
        this.field.previousTypes.push(this.field.type);
        this.field.type = type;
        return true;
      }
    };
    exports2.RichTypedField = RichTypedField;
    var RichProperty = class extends RichTypedField {
      constructor(property) {
        super(property);
      }
    };
    exports2.RichProperty = RichProperty;
    var RichAttribute = class extends RichTypedField {
      constructor(attr) {
        super(attr);
      }
    };
    exports2.RichAttribute = RichAttribute;
    var Deprecation;
    (function(Deprecation2) {
      Deprecation2["NONE"] = "NONE";
      Deprecation2["WARN"] = "WARN";
      Deprecation2["IGNORE"] = "IGNORE";
    })(Deprecation || (exports2.Deprecation = Deprecation = {}));
    function isCollectionType(x) {
      return x.type === "array" || x.type === "map";
    }
    var ResourceScrutinyType;
    (function(ResourceScrutinyType2) {
      ResourceScrutinyType2["None"] = "None";
      ResourceScrutinyType2["ResourcePolicyResource"] = "ResourcePolicyResource";
      ResourceScrutinyType2["IdentityPolicyResource"] = "IdentityPolicyResource";
      ResourceScrutinyType2["LambdaPermission"] = "LambdaPermission";
      ResourceScrutinyType2["IngressRuleResource"] = "IngressRuleResource";
      ResourceScrutinyType2["EgressRuleResource"] = "EgressRuleResource";
      ResourceScrutinyType2["SsoAssignmentResource"] = "SsoAssignmentResource";
      ResourceScrutinyType2["SsoInstanceACAConfigResource"] = "SsoInstanceACAConfigResource";
      ResourceScrutinyType2["SsoPermissionSet"] = "SsoPermissionSet";
    })(ResourceScrutinyType || (exports2.ResourceScrutinyType = ResourceScrutinyType = {}));
    var PropertyScrutinyType;
    (function(PropertyScrutinyType2) {
      PropertyScrutinyType2["None"] = "None";
      PropertyScrutinyType2["InlineResourcePolicy"] = "InlineResourcePolicy";
      PropertyScrutinyType2["InlineIdentityPolicies"] = "InlineIdentityPolicies";
      PropertyScrutinyType2["ManagedPolicies"] = "ManagedPolicies";
      PropertyScrutinyType2["IngressRules"] = "IngressRules";
      PropertyScrutinyType2["EgressRules"] = "EgressRules";
    })(PropertyScrutinyType || (exports2.PropertyScrutinyType = PropertyScrutinyType = {}));
    var RichPropertyType = class _RichPropertyType {
      constructor(type) {
        this.type = type;
      }
      equals(rhs) {
        switch (this.type.type) {
          case "integer":
          case "boolean":
          case "date-time":
          case "json":
          case "null":
          case "number":
          case "string":
          case "tag":
            return rhs.type === this.type.type;
          case "array":
          case "map":
            return rhs.type === this.type.type && new _RichPropertyType(this.type.element).equals(rhs.element);
          case "ref":
            return rhs.type === "ref" && this.type.reference.$ref === rhs.reference.$ref;
          case "union":
            const lhsKey = this.sortKey();
            const rhsKey = new _RichPropertyType(rhs).sortKey();
            return lhsKey.length === rhsKey.length && lhsKey.every((l, i) => l === rhsKey[i]);
        }
      }
      /**
       * Whether the current type is JavaScript-equal to the RHS type
       *
       * Same as normal equality, but consider `integer` and `number` the same types.
       */
      javascriptEquals(rhs) {
        switch (this.type.type) {
          case "number":
          case "integer":
            return rhs.type === "integer" || rhs.type === "number";
          case "array":
          case "map":
            return rhs.type === this.type.type && new _RichPropertyType(this.type.element).javascriptEquals(rhs.element);
          case "union":
            if (rhs.type !== "union") {
              return false;
            }
            return this.type.types.every((t1) => rhs.types.some((t2) => new _RichPropertyType(t1).javascriptEquals(t2)));
          default:
            return this.equals(rhs);
        }
      }
      /**
       * Whether the current type is assignable to the RHS type.
       *
       * This is means every type member of the LHS must be present in the RHS type
       */
      assignableTo(rhs) {
        const extractMembers = (type) => type.type == "union" ? type.types : [type];
        const asRichType = (type) => new _RichPropertyType(type);
        const rhsMembers = extractMembers(rhs);
        for (const lhsMember of extractMembers(this.type).map(asRichType)) {
          if (!rhsMembers.some((type) => lhsMember.equals(type))) {
            return false;
          }
        }
        return true;
      }
      /**
       * Return a version of this type, but with all type unions in a regularized order
       */
      normalize(db) {
        switch (this.type.type) {
          case "array":
          case "map":
            return new _RichPropertyType({
              type: this.type.type,
              element: new _RichPropertyType(this.type.element).normalize(db).type
            });
          case "union":
            const types = this.type.types.map((t) => new _RichPropertyType(t).normalize(db)).map((t) => [t, t.sortKey(db)]);
            types.sort((0, sorting_1.sortKeyComparator)(([_, sortKey]) => sortKey));
            return new _RichPropertyType({
              type: "union",
              types: types.map(([t, _]) => t.type)
            });
          default:
            return this;
        }
      }
      stringify(db, withId = true) {
        switch (this.type.type) {
          case "string":
            return this.type.allowedValues ? `string<${this.type.allowedValues.join("|")}>` : "string";
          case "integer":
            return this.type.allowedValues ? `integer<${this.type.allowedValues.join("|")}>` : "integer";
          case "boolean":
          case "date-time":
          case "json":
          case "null":
          case "number":
          case "tag":
            return this.type.type;
          case "array":
            return `Array<${new _RichPropertyType(this.type.element).stringify(db, withId)}>`;
          case "map":
            return `Map<string, ${new _RichPropertyType(this.type.element).stringify(db, withId)}>`;
          case "ref":
            const type = db.get("typeDefinition", this.type.reference);
            return withId ? `${type.name}(${this.type.reference.$ref})` : type.name;
          case "union":
            return this.type.types.map((t) => new _RichPropertyType(t).stringify(db, withId)).join(" | ");
        }
      }
      /**
       * Return a sortable key based on this type
       *
       * If a database is given, type definitions will be sorted based on type name,
       * otherwise on identifier
       */
      sortKey(db) {
        switch (this.type.type) {
          case "integer":
          case "boolean":
          case "date-time":
          case "json":
          case "null":
          case "number":
          case "string":
          case "tag":
            return ["0", this.type.type];
          case "array":
          case "map":
            return ["1", this.type.type, ...new _RichPropertyType(this.type.element).sortKey(db)];
          case "ref":
            return ["2", this.type.type, db?.get("typeDefinition", this.type.reference)?.name ?? this.type.reference.$ref];
          case "union":
            const typeKeys = this.type.types.map((t) => new _RichPropertyType(t).sortKey(db));
            typeKeys.sort((0, sorting_1.sortKeyComparator)((x) => x));
            return ["3", this.type.type, ...typeKeys.flatMap((x) => x)];
        }
      }
    };
    exports2.RichPropertyType = RichPropertyType;
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/augmentations.js
var require_augmentations2 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/augmentations.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/event.js
var require_event2 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/event.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/metrics.js
var require_metrics2 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/metrics.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/diff.js
var require_diff2 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/diff.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/common.js
var require_common2 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/types/common.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/node_modules/@aws-cdk/service-spec-types/lib/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    __exportStar(require_database3(), exports2);
    __exportStar(require_resource2(), exports2);
    __exportStar(require_augmentations2(), exports2);
    __exportStar(require_event2(), exports2);
    __exportStar(require_metrics2(), exports2);
    __exportStar(require_diff2(), exports2);
    __exportStar(require_common2(), exports2);
  }
});

// node_modules/@aws-cdk/aws-service-spec/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/@aws-cdk/aws-service-spec/lib/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.loadAwsServiceSpec = loadAwsServiceSpec;
    exports2.loadAwsServiceSpecSync = loadAwsServiceSpecSync;
    var node_fs_1 = require("node:fs");
    var path = __importStar(require("node:path"));
    var node_zlib_1 = require("node:zlib");
    var service_spec_types_1 = require_lib3();
    var DB_COMPRESSED = "db.json.gz";
    var DB_PATH = path.join(__dirname, DB_COMPRESSED);
    async function loadAwsServiceSpec() {
      return loadBufferIntoDatabase(await node_fs_1.promises.readFile(DB_PATH));
    }
    function loadAwsServiceSpecSync() {
      return loadBufferIntoDatabase((0, node_fs_1.readFileSync)(DB_PATH));
    }
    function loadBufferIntoDatabase(spec) {
      const db = (0, service_spec_types_1.emptyDatabase)();
      db.load(JSON.parse((0, node_zlib_1.gunzipSync)(spec).toString("utf-8")));
      return db;
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/diff/util.js
var require_util = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/diff/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.deepEqual = deepEqual;
    exports2.diffKeyedEntities = diffKeyedEntities;
    exports2.unionOf = unionOf;
    exports2.mangleLikeCloudFormation = mangleLikeCloudFormation;
    exports2.loadResourceModel = loadResourceModel;
    var aws_service_spec_1 = require_lib4();
    function deepEqual(lvalue, rvalue) {
      if (lvalue === rvalue) {
        return true;
      }
      if ((typeof lvalue === "string" && typeof rvalue === "boolean" || typeof lvalue === "boolean" && typeof rvalue === "string") && lvalue.toString() === rvalue.toString()) {
        return true;
      }
      if ((typeof lvalue === "string" || typeof rvalue === "string") && safeParseFloat(lvalue) === safeParseFloat(rvalue)) {
        return true;
      }
      if (typeof lvalue !== typeof rvalue) {
        return false;
      }
      if (Array.isArray(lvalue) !== Array.isArray(rvalue)) {
        return false;
      }
      if (Array.isArray(lvalue)) {
        if (lvalue.length !== rvalue.length) {
          return false;
        }
        for (let i = 0; i < lvalue.length; i++) {
          if (!deepEqual(lvalue[i], rvalue[i])) {
            return false;
          }
        }
        return true;
      }
      if (typeof lvalue === "object") {
        if (lvalue === null || rvalue === null) {
          return false;
        }
        const keys = Object.keys(lvalue);
        if (keys.length !== Object.keys(rvalue).length) {
          return false;
        }
        for (const key of keys) {
          if (!rvalue.hasOwnProperty(key)) {
            return false;
          }
          if (key === "DependsOn") {
            if (!dependsOnEqual(lvalue[key], rvalue[key])) {
              return false;
            }
            continue;
          }
          if (!deepEqual(lvalue[key], rvalue[key])) {
            return false;
          }
        }
        return true;
      }
      return false;
    }
    function dependsOnEqual(lvalue, rvalue) {
      if (Array.isArray(lvalue) !== Array.isArray(rvalue)) {
        const array = Array.isArray(lvalue) ? lvalue : rvalue;
        const nonArray = Array.isArray(lvalue) ? rvalue : lvalue;
        if (array.length === 1 && deepEqual(array[0], nonArray)) {
          return true;
        }
        return false;
      }
      if (Array.isArray(lvalue) && Array.isArray(rvalue)) {
        if (lvalue.length !== rvalue.length) {
          return false;
        }
        const unmatched = rvalue.map((_, i) => i);
        for (const l of lvalue) {
          const at = unmatched.findIndex((i) => deepEqual(l, rvalue[i]));
          if (at === -1) {
            return false;
          }
          unmatched.splice(at, 1);
        }
        return true;
      }
      return false;
    }
    function diffKeyedEntities(oldValue, newValue, elementDiff) {
      const result = {};
      for (const logicalId of unionOf(Object.keys(oldValue || {}), Object.keys(newValue || {}))) {
        const oldElement = oldValue && oldValue[logicalId];
        const newElement = newValue && newValue[logicalId];
        if (oldElement === void 0 && newElement === void 0) {
          continue;
        }
        result[logicalId] = elementDiff(oldElement, newElement, logicalId);
      }
      return result;
    }
    function unionOf(lv, rv) {
      const result = new Set(lv);
      for (const v of rv) {
        result.add(v);
      }
      return new Array(...result);
    }
    function mangleLikeCloudFormation(payload) {
      return payload.replace(/[\u{80}-\u{10ffff}]/gu, "?");
    }
    function safeParseFloat(str) {
      return Number(str);
    }
    var DATABASE;
    function database() {
      if (!DATABASE) {
        DATABASE = (0, aws_service_spec_1.loadAwsServiceSpecSync)();
      }
      return DATABASE;
    }
    function loadResourceModel(type) {
      return database().lookup("resource", "cloudFormationType", "equals", type)[0];
    }
  }
});

// node_modules/color-name/index.js
var require_color_name = __commonJS({
  "node_modules/color-name/index.js"(exports2, module2) {
    "use strict";
    module2.exports = {
      "aliceblue": [240, 248, 255],
      "antiquewhite": [250, 235, 215],
      "aqua": [0, 255, 255],
      "aquamarine": [127, 255, 212],
      "azure": [240, 255, 255],
      "beige": [245, 245, 220],
      "bisque": [255, 228, 196],
      "black": [0, 0, 0],
      "blanchedalmond": [255, 235, 205],
      "blue": [0, 0, 255],
      "blueviolet": [138, 43, 226],
      "brown": [165, 42, 42],
      "burlywood": [222, 184, 135],
      "cadetblue": [95, 158, 160],
      "chartreuse": [127, 255, 0],
      "chocolate": [210, 105, 30],
      "coral": [255, 127, 80],
      "cornflowerblue": [100, 149, 237],
      "cornsilk": [255, 248, 220],
      "crimson": [220, 20, 60],
      "cyan": [0, 255, 255],
      "darkblue": [0, 0, 139],
      "darkcyan": [0, 139, 139],
      "darkgoldenrod": [184, 134, 11],
      "darkgray": [169, 169, 169],
      "darkgreen": [0, 100, 0],
      "darkgrey": [169, 169, 169],
      "darkkhaki": [189, 183, 107],
      "darkmagenta": [139, 0, 139],
      "darkolivegreen": [85, 107, 47],
      "darkorange": [255, 140, 0],
      "darkorchid": [153, 50, 204],
      "darkred": [139, 0, 0],
      "darksalmon": [233, 150, 122],
      "darkseagreen": [143, 188, 143],
      "darkslateblue": [72, 61, 139],
      "darkslategray": [47, 79, 79],
      "darkslategrey": [47, 79, 79],
      "darkturquoise": [0, 206, 209],
      "darkviolet": [148, 0, 211],
      "deeppink": [255, 20, 147],
      "deepskyblue": [0, 191, 255],
      "dimgray": [105, 105, 105],
      "dimgrey": [105, 105, 105],
      "dodgerblue": [30, 144, 255],
      "firebrick": [178, 34, 34],
      "floralwhite": [255, 250, 240],
      "forestgreen": [34, 139, 34],
      "fuchsia": [255, 0, 255],
      "gainsboro": [220, 220, 220],
      "ghostwhite": [248, 248, 255],
      "gold": [255, 215, 0],
      "goldenrod": [218, 165, 32],
      "gray": [128, 128, 128],
      "green": [0, 128, 0],
      "greenyellow": [173, 255, 47],
      "grey": [128, 128, 128],
      "honeydew": [240, 255, 240],
      "hotpink": [255, 105, 180],
      "indianred": [205, 92, 92],
      "indigo": [75, 0, 130],
      "ivory": [255, 255, 240],
      "khaki": [240, 230, 140],
      "lavender": [230, 230, 250],
      "lavenderblush": [255, 240, 245],
      "lawngreen": [124, 252, 0],
      "lemonchiffon": [255, 250, 205],
      "lightblue": [173, 216, 230],
      "lightcoral": [240, 128, 128],
      "lightcyan": [224, 255, 255],
      "lightgoldenrodyellow": [250, 250, 210],
      "lightgray": [211, 211, 211],
      "lightgreen": [144, 238, 144],
      "lightgrey": [211, 211, 211],
      "lightpink": [255, 182, 193],
      "lightsalmon": [255, 160, 122],
      "lightseagreen": [32, 178, 170],
      "lightskyblue": [135, 206, 250],
      "lightslategray": [119, 136, 153],
      "lightslategrey": [119, 136, 153],
      "lightsteelblue": [176, 196, 222],
      "lightyellow": [255, 255, 224],
      "lime": [0, 255, 0],
      "limegreen": [50, 205, 50],
      "linen": [250, 240, 230],
      "magenta": [255, 0, 255],
      "maroon": [128, 0, 0],
      "mediumaquamarine": [102, 205, 170],
      "mediumblue": [0, 0, 205],
      "mediumorchid": [186, 85, 211],
      "mediumpurple": [147, 112, 219],
      "mediumseagreen": [60, 179, 113],
      "mediumslateblue": [123, 104, 238],
      "mediumspringgreen": [0, 250, 154],
      "mediumturquoise": [72, 209, 204],
      "mediumvioletred": [199, 21, 133],
      "midnightblue": [25, 25, 112],
      "mintcream": [245, 255, 250],
      "mistyrose": [255, 228, 225],
      "moccasin": [255, 228, 181],
      "navajowhite": [255, 222, 173],
      "navy": [0, 0, 128],
      "oldlace": [253, 245, 230],
      "olive": [128, 128, 0],
      "olivedrab": [107, 142, 35],
      "orange": [255, 165, 0],
      "orangered": [255, 69, 0],
      "orchid": [218, 112, 214],
      "palegoldenrod": [238, 232, 170],
      "palegreen": [152, 251, 152],
      "paleturquoise": [175, 238, 238],
      "palevioletred": [219, 112, 147],
      "papayawhip": [255, 239, 213],
      "peachpuff": [255, 218, 185],
      "peru": [205, 133, 63],
      "pink": [255, 192, 203],
      "plum": [221, 160, 221],
      "powderblue": [176, 224, 230],
      "purple": [128, 0, 128],
      "rebeccapurple": [102, 51, 153],
      "red": [255, 0, 0],
      "rosybrown": [188, 143, 143],
      "royalblue": [65, 105, 225],
      "saddlebrown": [139, 69, 19],
      "salmon": [250, 128, 114],
      "sandybrown": [244, 164, 96],
      "seagreen": [46, 139, 87],
      "seashell": [255, 245, 238],
      "sienna": [160, 82, 45],
      "silver": [192, 192, 192],
      "skyblue": [135, 206, 235],
      "slateblue": [106, 90, 205],
      "slategray": [112, 128, 144],
      "slategrey": [112, 128, 144],
      "snow": [255, 250, 250],
      "springgreen": [0, 255, 127],
      "steelblue": [70, 130, 180],
      "tan": [210, 180, 140],
      "teal": [0, 128, 128],
      "thistle": [216, 191, 216],
      "tomato": [255, 99, 71],
      "turquoise": [64, 224, 208],
      "violet": [238, 130, 238],
      "wheat": [245, 222, 179],
      "white": [255, 255, 255],
      "whitesmoke": [245, 245, 245],
      "yellow": [255, 255, 0],
      "yellowgreen": [154, 205, 50]
    };
  }
});

// node_modules/color-convert/conversions.js
var require_conversions = __commonJS({
  "node_modules/color-convert/conversions.js"(exports2, module2) {
    var cssKeywords = require_color_name();
    var reverseKeywords = {};
    for (const key of Object.keys(cssKeywords)) {
      reverseKeywords[cssKeywords[key]] = key;
    }
    var convert = {
      rgb: { channels: 3, labels: "rgb" },
      hsl: { channels: 3, labels: "hsl" },
      hsv: { channels: 3, labels: "hsv" },
      hwb: { channels: 3, labels: "hwb" },
      cmyk: { channels: 4, labels: "cmyk" },
      xyz: { channels: 3, labels: "xyz" },
      lab: { channels: 3, labels: "lab" },
      lch: { channels: 3, labels: "lch" },
      hex: { channels: 1, labels: ["hex"] },
      keyword: { channels: 1, labels: ["keyword"] },
      ansi16: { channels: 1, labels: ["ansi16"] },
      ansi256: { channels: 1, labels: ["ansi256"] },
      hcg: { channels: 3, labels: ["h", "c", "g"] },
      apple: { channels: 3, labels: ["r16", "g16", "b16"] },
      gray: { channels: 1, labels: ["gray"] }
    };
    module2.exports = convert;
    for (const model of Object.keys(convert)) {
      if (!("channels" in convert[model])) {
        throw new Error("missing channels property: " + model);
      }
      if (!("labels" in convert[model])) {
        throw new Error("missing channel labels property: " + model);
      }
      if (convert[model].labels.length !== convert[model].channels) {
        throw new Error("channel and label counts mismatch: " + model);
      }
      const { channels, labels } = convert[model];
      delete convert[model].channels;
      delete convert[model].labels;
      Object.defineProperty(convert[model], "channels", { value: channels });
      Object.defineProperty(convert[model], "labels", { value: labels });
    }
    convert.rgb.hsl = function(rgb) {
      const r = rgb[0] / 255;
      const g = rgb[1] / 255;
      const b = rgb[2] / 255;
      const min = Math.min(r, g, b);
      const max = Math.max(r, g, b);
      const delta = max - min;
      let h;
      let s;
      if (max === min) {
        h = 0;
      } else if (r === max) {
        h = (g - b) / delta;
      } else if (g === max) {
        h = 2 + (b - r) / delta;
      } else if (b === max) {
        h = 4 + (r - g) / delta;
      }
      h = Math.min(h * 60, 360);
      if (h < 0) {
        h += 360;
      }
      const l = (min + max) / 2;
      if (max === min) {
        s = 0;
      } else if (l <= 0.5) {
        s = delta / (max + min);
      } else {
        s = delta / (2 - max - min);
      }
      return [h, s * 100, l * 100];
    };
    convert.rgb.hsv = function(rgb) {
      let rdif;
      let gdif;
      let bdif;
      let h;
      let s;
      const r = rgb[0] / 255;
      const g = rgb[1] / 255;
      const b = rgb[2] / 255;
      const v = Math.max(r, g, b);
      const diff = v - Math.min(r, g, b);
      const diffc = function(c) {
        return (v - c) / 6 / diff + 1 / 2;
      };
      if (diff === 0) {
        h = 0;
        s = 0;
      } else {
        s = diff / v;
        rdif = diffc(r);
        gdif = diffc(g);
        bdif = diffc(b);
        if (r === v) {
          h = bdif - gdif;
        } else if (g === v) {
          h = 1 / 3 + rdif - bdif;
        } else if (b === v) {
          h = 2 / 3 + gdif - rdif;
        }
        if (h < 0) {
          h += 1;
        } else if (h > 1) {
          h -= 1;
        }
      }
      return [
        h * 360,
        s * 100,
        v * 100
      ];
    };
    convert.rgb.hwb = function(rgb) {
      const r = rgb[0];
      const g = rgb[1];
      let b = rgb[2];
      const h = convert.rgb.hsl(rgb)[0];
      const w = 1 / 255 * Math.min(r, Math.min(g, b));
      b = 1 - 1 / 255 * Math.max(r, Math.max(g, b));
      return [h, w * 100, b * 100];
    };
    convert.rgb.cmyk = function(rgb) {
      const r = rgb[0] / 255;
      const g = rgb[1] / 255;
      const b = rgb[2] / 255;
      const k = Math.min(1 - r, 1 - g, 1 - b);
      const c = (1 - r - k) / (1 - k) || 0;
      const m = (1 - g - k) / (1 - k) || 0;
      const y = (1 - b - k) / (1 - k) || 0;
      return [c * 100, m * 100, y * 100, k * 100];
    };
    function comparativeDistance(x, y) {
      return (x[0] - y[0]) ** 2 + (x[1] - y[1]) ** 2 + (x[2] - y[2]) ** 2;
    }
    convert.rgb.keyword = function(rgb) {
      const reversed = reverseKeywords[rgb];
      if (reversed) {
        return reversed;
      }
      let currentClosestDistance = Infinity;
      let currentClosestKeyword;
      for (const keyword of Object.keys(cssKeywords)) {
        const value = cssKeywords[keyword];
        const distance = comparativeDistance(rgb, value);
        if (distance < currentClosestDistance) {
          currentClosestDistance = distance;
          currentClosestKeyword = keyword;
        }
      }
      return currentClosestKeyword;
    };
    convert.keyword.rgb = function(keyword) {
      return cssKeywords[keyword];
    };
    convert.rgb.xyz = function(rgb) {
      let r = rgb[0] / 255;
      let g = rgb[1] / 255;
      let b = rgb[2] / 255;
      r = r > 0.04045 ? ((r + 0.055) / 1.055) ** 2.4 : r / 12.92;
      g = g > 0.04045 ? ((g + 0.055) / 1.055) ** 2.4 : g / 12.92;
      b = b > 0.04045 ? ((b + 0.055) / 1.055) ** 2.4 : b / 12.92;
      const x = r * 0.4124 + g * 0.3576 + b * 0.1805;
      const y = r * 0.2126 + g * 0.7152 + b * 0.0722;
      const z = r * 0.0193 + g * 0.1192 + b * 0.9505;
      return [x * 100, y * 100, z * 100];
    };
    convert.rgb.lab = function(rgb) {
      const xyz = convert.rgb.xyz(rgb);
      let x = xyz[0];
      let y = xyz[1];
      let z = xyz[2];
      x /= 95.047;
      y /= 100;
      z /= 108.883;
      x = x > 8856e-6 ? x ** (1 / 3) : 7.787 * x + 16 / 116;
      y = y > 8856e-6 ? y ** (1 / 3) : 7.787 * y + 16 / 116;
      z = z > 8856e-6 ? z ** (1 / 3) : 7.787 * z + 16 / 116;
      const l = 116 * y - 16;
      const a = 500 * (x - y);
      const b = 200 * (y - z);
      return [l, a, b];
    };
    convert.hsl.rgb = function(hsl) {
      const h = hsl[0] / 360;
      const s = hsl[1] / 100;
      const l = hsl[2] / 100;
      let t2;
      let t3;
      let val;
      if (s === 0) {
        val = l * 255;
        return [val, val, val];
      }
      if (l < 0.5) {
        t2 = l * (1 + s);
      } else {
        t2 = l + s - l * s;
      }
      const t1 = 2 * l - t2;
      const rgb = [0, 0, 0];
      for (let i = 0; i < 3; i++) {
        t3 = h + 1 / 3 * -(i - 1);
        if (t3 < 0) {
          t3++;
        }
        if (t3 > 1) {
          t3--;
        }
        if (6 * t3 < 1) {
          val = t1 + (t2 - t1) * 6 * t3;
        } else if (2 * t3 < 1) {
          val = t2;
        } else if (3 * t3 < 2) {
          val = t1 + (t2 - t1) * (2 / 3 - t3) * 6;
        } else {
          val = t1;
        }
        rgb[i] = val * 255;
      }
      return rgb;
    };
    convert.hsl.hsv = function(hsl) {
      const h = hsl[0];
      let s = hsl[1] / 100;
      let l = hsl[2] / 100;
      let smin = s;
      const lmin = Math.max(l, 0.01);
      l *= 2;
      s *= l <= 1 ? l : 2 - l;
      smin *= lmin <= 1 ? lmin : 2 - lmin;
      const v = (l + s) / 2;
      const sv = l === 0 ? 2 * smin / (lmin + smin) : 2 * s / (l + s);
      return [h, sv * 100, v * 100];
    };
    convert.hsv.rgb = function(hsv) {
      const h = hsv[0] / 60;
      const s = hsv[1] / 100;
      let v = hsv[2] / 100;
      const hi = Math.floor(h) % 6;
      const f = h - Math.floor(h);
      const p = 255 * v * (1 - s);
      const q = 255 * v * (1 - s * f);
      const t = 255 * v * (1 - s * (1 - f));
      v *= 255;
      switch (hi) {
        case 0:
          return [v, t, p];
        case 1:
          return [q, v, p];
        case 2:
          return [p, v, t];
        case 3:
          return [p, q, v];
        case 4:
          return [t, p, v];
        case 5:
          return [v, p, q];
      }
    };
    convert.hsv.hsl = function(hsv) {
      const h = hsv[0];
      const s = hsv[1] / 100;
      const v = hsv[2] / 100;
      const vmin = Math.max(v, 0.01);
      let sl;
      let l;
      l = (2 - s) * v;
      const lmin = (2 - s) * vmin;
      sl = s * vmin;
      sl /= lmin <= 1 ? lmin : 2 - lmin;
      sl = sl || 0;
      l /= 2;
      return [h, sl * 100, l * 100];
    };
    convert.hwb.rgb = function(hwb) {
      const h = hwb[0] / 360;
      let wh = hwb[1] / 100;
      let bl = hwb[2] / 100;
      const ratio = wh + bl;
      let f;
      if (ratio > 1) {
        wh /= ratio;
        bl /= ratio;
      }
      const i = Math.floor(6 * h);
      const v = 1 - bl;
      f = 6 * h - i;
      if ((i & 1) !== 0) {
        f = 1 - f;
      }
      const n = wh + f * (v - wh);
      let r;
      let g;
      let b;
      switch (i) {
        default:
        case 6:
        case 0:
          r = v;
          g = n;
          b = wh;
          break;
        case 1:
          r = n;
          g = v;
          b = wh;
          break;
        case 2:
          r = wh;
          g = v;
          b = n;
          break;
        case 3:
          r = wh;
          g = n;
          b = v;
          break;
        case 4:
          r = n;
          g = wh;
          b = v;
          break;
        case 5:
          r = v;
          g = wh;
          b = n;
          break;
      }
      return [r * 255, g * 255, b * 255];
    };
    convert.cmyk.rgb = function(cmyk) {
      const c = cmyk[0] / 100;
      const m = cmyk[1] / 100;
      const y = cmyk[2] / 100;
      const k = cmyk[3] / 100;
      const r = 1 - Math.min(1, c * (1 - k) + k);
      const g = 1 - Math.min(1, m * (1 - k) + k);
      const b = 1 - Math.min(1, y * (1 - k) + k);
      return [r * 255, g * 255, b * 255];
    };
    convert.xyz.rgb = function(xyz) {
      const x = xyz[0] / 100;
      const y = xyz[1] / 100;
      const z = xyz[2] / 100;
      let r;
      let g;
      let b;
      r = x * 3.2406 + y * -1.5372 + z * -0.4986;
      g = x * -0.9689 + y * 1.8758 + z * 0.0415;
      b = x * 0.0557 + y * -0.204 + z * 1.057;
      r = r > 31308e-7 ? 1.055 * r ** (1 / 2.4) - 0.055 : r * 12.92;
      g = g > 31308e-7 ? 1.055 * g ** (1 / 2.4) - 0.055 : g * 12.92;
      b = b > 31308e-7 ? 1.055 * b ** (1 / 2.4) - 0.055 : b * 12.92;
      r = Math.min(Math.max(0, r), 1);
      g = Math.min(Math.max(0, g), 1);
      b = Math.min(Math.max(0, b), 1);
      return [r * 255, g * 255, b * 255];
    };
    convert.xyz.lab = function(xyz) {
      let x = xyz[0];
      let y = xyz[1];
      let z = xyz[2];
      x /= 95.047;
      y /= 100;
      z /= 108.883;
      x = x > 8856e-6 ? x ** (1 / 3) : 7.787 * x + 16 / 116;
      y = y > 8856e-6 ? y ** (1 / 3) : 7.787 * y + 16 / 116;
      z = z > 8856e-6 ? z ** (1 / 3) : 7.787 * z + 16 / 116;
      const l = 116 * y - 16;
      const a = 500 * (x - y);
      const b = 200 * (y - z);
      return [l, a, b];
    };
    convert.lab.xyz = function(lab) {
      const l = lab[0];
      const a = lab[1];
      const b = lab[2];
      let x;
      let y;
      let z;
      y = (l + 16) / 116;
      x = a / 500 + y;
      z = y - b / 200;
      const y2 = y ** 3;
      const x2 = x ** 3;
      const z2 = z ** 3;
      y = y2 > 8856e-6 ? y2 : (y - 16 / 116) / 7.787;
      x = x2 > 8856e-6 ? x2 : (x - 16 / 116) / 7.787;
      z = z2 > 8856e-6 ? z2 : (z - 16 / 116) / 7.787;
      x *= 95.047;
      y *= 100;
      z *= 108.883;
      return [x, y, z];
    };
    convert.lab.lch = function(lab) {
      const l = lab[0];
      const a = lab[1];
      const b = lab[2];
      let h;
      const hr = Math.atan2(b, a);
      h = hr * 360 / 2 / Math.PI;
      if (h < 0) {
        h += 360;
      }
      const c = Math.sqrt(a * a + b * b);
      return [l, c, h];
    };
    convert.lch.lab = function(lch) {
      const l = lch[0];
      const c = lch[1];
      const h = lch[2];
      const hr = h / 360 * 2 * Math.PI;
      const a = c * Math.cos(hr);
      const b = c * Math.sin(hr);
      return [l, a, b];
    };
    convert.rgb.ansi16 = function(args, saturation = null) {
      const [r, g, b] = args;
      let value = saturation === null ? convert.rgb.hsv(args)[2] : saturation;
      value = Math.round(value / 50);
      if (value === 0) {
        return 30;
      }
      let ansi = 30 + (Math.round(b / 255) << 2 | Math.round(g / 255) << 1 | Math.round(r / 255));
      if (value === 2) {
        ansi += 60;
      }
      return ansi;
    };
    convert.hsv.ansi16 = function(args) {
      return convert.rgb.ansi16(convert.hsv.rgb(args), args[2]);
    };
    convert.rgb.ansi256 = function(args) {
      const r = args[0];
      const g = args[1];
      const b = args[2];
      if (r === g && g === b) {
        if (r < 8) {
          return 16;
        }
        if (r > 248) {
          return 231;
        }
        return Math.round((r - 8) / 247 * 24) + 232;
      }
      const ansi = 16 + 36 * Math.round(r / 255 * 5) + 6 * Math.round(g / 255 * 5) + Math.round(b / 255 * 5);
      return ansi;
    };
    convert.ansi16.rgb = function(args) {
      let color = args % 10;
      if (color === 0 || color === 7) {
        if (args > 50) {
          color += 3.5;
        }
        color = color / 10.5 * 255;
        return [color, color, color];
      }
      const mult = (~~(args > 50) + 1) * 0.5;
      const r = (color & 1) * mult * 255;
      const g = (color >> 1 & 1) * mult * 255;
      const b = (color >> 2 & 1) * mult * 255;
      return [r, g, b];
    };
    convert.ansi256.rgb = function(args) {
      if (args >= 232) {
        const c = (args - 232) * 10 + 8;
        return [c, c, c];
      }
      args -= 16;
      let rem;
      const r = Math.floor(args / 36) / 5 * 255;
      const g = Math.floor((rem = args % 36) / 6) / 5 * 255;
      const b = rem % 6 / 5 * 255;
      return [r, g, b];
    };
    convert.rgb.hex = function(args) {
      const integer = ((Math.round(args[0]) & 255) << 16) + ((Math.round(args[1]) & 255) << 8) + (Math.round(args[2]) & 255);
      const string = integer.toString(16).toUpperCase();
      return "000000".substring(string.length) + string;
    };
    convert.hex.rgb = function(args) {
      const match = args.toString(16).match(/[a-f0-9]{6}|[a-f0-9]{3}/i);
      if (!match) {
        return [0, 0, 0];
      }
      let colorString = match[0];
      if (match[0].length === 3) {
        colorString = colorString.split("").map((char) => {
          return char + char;
        }).join("");
      }
      const integer = parseInt(colorString, 16);
      const r = integer >> 16 & 255;
      const g = integer >> 8 & 255;
      const b = integer & 255;
      return [r, g, b];
    };
    convert.rgb.hcg = function(rgb) {
      const r = rgb[0] / 255;
      const g = rgb[1] / 255;
      const b = rgb[2] / 255;
      const max = Math.max(Math.max(r, g), b);
      const min = Math.min(Math.min(r, g), b);
      const chroma = max - min;
      let grayscale;
      let hue;
      if (chroma < 1) {
        grayscale = min / (1 - chroma);
      } else {
        grayscale = 0;
      }
      if (chroma <= 0) {
        hue = 0;
      } else if (max === r) {
        hue = (g - b) / chroma % 6;
      } else if (max === g) {
        hue = 2 + (b - r) / chroma;
      } else {
        hue = 4 + (r - g) / chroma;
      }
      hue /= 6;
      hue %= 1;
      return [hue * 360, chroma * 100, grayscale * 100];
    };
    convert.hsl.hcg = function(hsl) {
      const s = hsl[1] / 100;
      const l = hsl[2] / 100;
      const c = l < 0.5 ? 2 * s * l : 2 * s * (1 - l);
      let f = 0;
      if (c < 1) {
        f = (l - 0.5 * c) / (1 - c);
      }
      return [hsl[0], c * 100, f * 100];
    };
    convert.hsv.hcg = function(hsv) {
      const s = hsv[1] / 100;
      const v = hsv[2] / 100;
      const c = s * v;
      let f = 0;
      if (c < 1) {
        f = (v - c) / (1 - c);
      }
      return [hsv[0], c * 100, f * 100];
    };
    convert.hcg.rgb = function(hcg) {
      const h = hcg[0] / 360;
      const c = hcg[1] / 100;
      const g = hcg[2] / 100;
      if (c === 0) {
        return [g * 255, g * 255, g * 255];
      }
      const pure = [0, 0, 0];
      const hi = h % 1 * 6;
      const v = hi % 1;
      const w = 1 - v;
      let mg = 0;
      switch (Math.floor(hi)) {
        case 0:
          pure[0] = 1;
          pure[1] = v;
          pure[2] = 0;
          break;
        case 1:
          pure[0] = w;
          pure[1] = 1;
          pure[2] = 0;
          break;
        case 2:
          pure[0] = 0;
          pure[1] = 1;
          pure[2] = v;
          break;
        case 3:
          pure[0] = 0;
          pure[1] = w;
          pure[2] = 1;
          break;
        case 4:
          pure[0] = v;
          pure[1] = 0;
          pure[2] = 1;
          break;
        default:
          pure[0] = 1;
          pure[1] = 0;
          pure[2] = w;
      }
      mg = (1 - c) * g;
      return [
        (c * pure[0] + mg) * 255,
        (c * pure[1] + mg) * 255,
        (c * pure[2] + mg) * 255
      ];
    };
    convert.hcg.hsv = function(hcg) {
      const c = hcg[1] / 100;
      const g = hcg[2] / 100;
      const v = c + g * (1 - c);
      let f = 0;
      if (v > 0) {
        f = c / v;
      }
      return [hcg[0], f * 100, v * 100];
    };
    convert.hcg.hsl = function(hcg) {
      const c = hcg[1] / 100;
      const g = hcg[2] / 100;
      const l = g * (1 - c) + 0.5 * c;
      let s = 0;
      if (l > 0 && l < 0.5) {
        s = c / (2 * l);
      } else if (l >= 0.5 && l < 1) {
        s = c / (2 * (1 - l));
      }
      return [hcg[0], s * 100, l * 100];
    };
    convert.hcg.hwb = function(hcg) {
      const c = hcg[1] / 100;
      const g = hcg[2] / 100;
      const v = c + g * (1 - c);
      return [hcg[0], (v - c) * 100, (1 - v) * 100];
    };
    convert.hwb.hcg = function(hwb) {
      const w = hwb[1] / 100;
      const b = hwb[2] / 100;
      const v = 1 - b;
      const c = v - w;
      let g = 0;
      if (c < 1) {
        g = (v - c) / (1 - c);
      }
      return [hwb[0], c * 100, g * 100];
    };
    convert.apple.rgb = function(apple) {
      return [apple[0] / 65535 * 255, apple[1] / 65535 * 255, apple[2] / 65535 * 255];
    };
    convert.rgb.apple = function(rgb) {
      return [rgb[0] / 255 * 65535, rgb[1] / 255 * 65535, rgb[2] / 255 * 65535];
    };
    convert.gray.rgb = function(args) {
      return [args[0] / 100 * 255, args[0] / 100 * 255, args[0] / 100 * 255];
    };
    convert.gray.hsl = function(args) {
      return [0, 0, args[0]];
    };
    convert.gray.hsv = convert.gray.hsl;
    convert.gray.hwb = function(gray) {
      return [0, 100, gray[0]];
    };
    convert.gray.cmyk = function(gray) {
      return [0, 0, 0, gray[0]];
    };
    convert.gray.lab = function(gray) {
      return [gray[0], 0, 0];
    };
    convert.gray.hex = function(gray) {
      const val = Math.round(gray[0] / 100 * 255) & 255;
      const integer = (val << 16) + (val << 8) + val;
      const string = integer.toString(16).toUpperCase();
      return "000000".substring(string.length) + string;
    };
    convert.rgb.gray = function(rgb) {
      const val = (rgb[0] + rgb[1] + rgb[2]) / 3;
      return [val / 255 * 100];
    };
  }
});

// node_modules/color-convert/route.js
var require_route = __commonJS({
  "node_modules/color-convert/route.js"(exports2, module2) {
    var conversions = require_conversions();
    function buildGraph() {
      const graph = {};
      const models = Object.keys(conversions);
      for (let len = models.length, i = 0; i < len; i++) {
        graph[models[i]] = {
          // http://jsperf.com/1-vs-infinity
          // micro-opt, but this is simple.
          distance: -1,
          parent: null
        };
      }
      return graph;
    }
    function deriveBFS(fromModel) {
      const graph = buildGraph();
      const queue = [fromModel];
      graph[fromModel].distance = 0;
      while (queue.length) {
        const current = queue.pop();
        const adjacents = Object.keys(conversions[current]);
        for (let len = adjacents.length, i = 0; i < len; i++) {
          const adjacent = adjacents[i];
          const node = graph[adjacent];
          if (node.distance === -1) {
            node.distance = graph[current].distance + 1;
            node.parent = current;
            queue.unshift(adjacent);
          }
        }
      }
      return graph;
    }
    function link(from, to) {
      return function(args) {
        return to(from(args));
      };
    }
    function wrapConversion(toModel, graph) {
      const path = [graph[toModel].parent, toModel];
      let fn = conversions[graph[toModel].parent][toModel];
      let cur = graph[toModel].parent;
      while (graph[cur].parent) {
        path.unshift(graph[cur].parent);
        fn = link(conversions[graph[cur].parent][cur], fn);
        cur = graph[cur].parent;
      }
      fn.conversion = path;
      return fn;
    }
    module2.exports = function(fromModel) {
      const graph = deriveBFS(fromModel);
      const conversion = {};
      const models = Object.keys(graph);
      for (let len = models.length, i = 0; i < len; i++) {
        const toModel = models[i];
        const node = graph[toModel];
        if (node.parent === null) {
          continue;
        }
        conversion[toModel] = wrapConversion(toModel, graph);
      }
      return conversion;
    };
  }
});

// node_modules/color-convert/index.js
var require_color_convert = __commonJS({
  "node_modules/color-convert/index.js"(exports2, module2) {
    var conversions = require_conversions();
    var route = require_route();
    var convert = {};
    var models = Object.keys(conversions);
    function wrapRaw(fn) {
      const wrappedFn = function(...args) {
        const arg0 = args[0];
        if (arg0 === void 0 || arg0 === null) {
          return arg0;
        }
        if (arg0.length > 1) {
          args = arg0;
        }
        return fn(args);
      };
      if ("conversion" in fn) {
        wrappedFn.conversion = fn.conversion;
      }
      return wrappedFn;
    }
    function wrapRounded(fn) {
      const wrappedFn = function(...args) {
        const arg0 = args[0];
        if (arg0 === void 0 || arg0 === null) {
          return arg0;
        }
        if (arg0.length > 1) {
          args = arg0;
        }
        const result = fn(args);
        if (typeof result === "object") {
          for (let len = result.length, i = 0; i < len; i++) {
            result[i] = Math.round(result[i]);
          }
        }
        return result;
      };
      if ("conversion" in fn) {
        wrappedFn.conversion = fn.conversion;
      }
      return wrappedFn;
    }
    models.forEach((fromModel) => {
      convert[fromModel] = {};
      Object.defineProperty(convert[fromModel], "channels", { value: conversions[fromModel].channels });
      Object.defineProperty(convert[fromModel], "labels", { value: conversions[fromModel].labels });
      const routes = route(fromModel);
      const routeModels = Object.keys(routes);
      routeModels.forEach((toModel) => {
        const fn = routes[toModel];
        convert[fromModel][toModel] = wrapRounded(fn);
        convert[fromModel][toModel].raw = wrapRaw(fn);
      });
    });
    module2.exports = convert;
  }
});

// node_modules/ansi-styles/index.js
var require_ansi_styles = __commonJS({
  "node_modules/ansi-styles/index.js"(exports2, module2) {
    "use strict";
    var wrapAnsi16 = (fn, offset) => (...args) => {
      const code = fn(...args);
      return `\x1B[${code + offset}m`;
    };
    var wrapAnsi256 = (fn, offset) => (...args) => {
      const code = fn(...args);
      return `\x1B[${38 + offset};5;${code}m`;
    };
    var wrapAnsi16m = (fn, offset) => (...args) => {
      const rgb = fn(...args);
      return `\x1B[${38 + offset};2;${rgb[0]};${rgb[1]};${rgb[2]}m`;
    };
    var ansi2ansi = (n) => n;
    var rgb2rgb = (r, g, b) => [r, g, b];
    var setLazyProperty = (object, property, get) => {
      Object.defineProperty(object, property, {
        get: () => {
          const value = get();
          Object.defineProperty(object, property, {
            value,
            enumerable: true,
            configurable: true
          });
          return value;
        },
        enumerable: true,
        configurable: true
      });
    };
    var colorConvert;
    var makeDynamicStyles = (wrap, targetSpace, identity, isBackground) => {
      if (colorConvert === void 0) {
        colorConvert = require_color_convert();
      }
      const offset = isBackground ? 10 : 0;
      const styles = {};
      for (const [sourceSpace, suite] of Object.entries(colorConvert)) {
        const name = sourceSpace === "ansi16" ? "ansi" : sourceSpace;
        if (sourceSpace === targetSpace) {
          styles[name] = wrap(identity, offset);
        } else if (typeof suite === "object") {
          styles[name] = wrap(suite[targetSpace], offset);
        }
      }
      return styles;
    };
    function assembleStyles() {
      const codes = /* @__PURE__ */ new Map();
      const styles = {
        modifier: {
          reset: [0, 0],
          // 21 isn't widely supported and 22 does the same thing
          bold: [1, 22],
          dim: [2, 22],
          italic: [3, 23],
          underline: [4, 24],
          inverse: [7, 27],
          hidden: [8, 28],
          strikethrough: [9, 29]
        },
        color: {
          black: [30, 39],
          red: [31, 39],
          green: [32, 39],
          yellow: [33, 39],
          blue: [34, 39],
          magenta: [35, 39],
          cyan: [36, 39],
          white: [37, 39],
          // Bright color
          blackBright: [90, 39],
          redBright: [91, 39],
          greenBright: [92, 39],
          yellowBright: [93, 39],
          blueBright: [94, 39],
          magentaBright: [95, 39],
          cyanBright: [96, 39],
          whiteBright: [97, 39]
        },
        bgColor: {
          bgBlack: [40, 49],
          bgRed: [41, 49],
          bgGreen: [42, 49],
          bgYellow: [43, 49],
          bgBlue: [44, 49],
          bgMagenta: [45, 49],
          bgCyan: [46, 49],
          bgWhite: [47, 49],
          // Bright color
          bgBlackBright: [100, 49],
          bgRedBright: [101, 49],
          bgGreenBright: [102, 49],
          bgYellowBright: [103, 49],
          bgBlueBright: [104, 49],
          bgMagentaBright: [105, 49],
          bgCyanBright: [106, 49],
          bgWhiteBright: [107, 49]
        }
      };
      styles.color.gray = styles.color.blackBright;
      styles.bgColor.bgGray = styles.bgColor.bgBlackBright;
      styles.color.grey = styles.color.blackBright;
      styles.bgColor.bgGrey = styles.bgColor.bgBlackBright;
      for (const [groupName, group] of Object.entries(styles)) {
        for (const [styleName, style] of Object.entries(group)) {
          styles[styleName] = {
            open: `\x1B[${style[0]}m`,
            close: `\x1B[${style[1]}m`
          };
          group[styleName] = styles[styleName];
          codes.set(style[0], style[1]);
        }
        Object.defineProperty(styles, groupName, {
          value: group,
          enumerable: false
        });
      }
      Object.defineProperty(styles, "codes", {
        value: codes,
        enumerable: false
      });
      styles.color.close = "\x1B[39m";
      styles.bgColor.close = "\x1B[49m";
      setLazyProperty(styles.color, "ansi", () => makeDynamicStyles(wrapAnsi16, "ansi16", ansi2ansi, false));
      setLazyProperty(styles.color, "ansi256", () => makeDynamicStyles(wrapAnsi256, "ansi256", ansi2ansi, false));
      setLazyProperty(styles.color, "ansi16m", () => makeDynamicStyles(wrapAnsi16m, "rgb", rgb2rgb, false));
      setLazyProperty(styles.bgColor, "ansi", () => makeDynamicStyles(wrapAnsi16, "ansi16", ansi2ansi, true));
      setLazyProperty(styles.bgColor, "ansi256", () => makeDynamicStyles(wrapAnsi256, "ansi256", ansi2ansi, true));
      setLazyProperty(styles.bgColor, "ansi16m", () => makeDynamicStyles(wrapAnsi16m, "rgb", rgb2rgb, true));
      return styles;
    }
    Object.defineProperty(module2, "exports", {
      enumerable: true,
      get: assembleStyles
    });
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports2, module2) {
    "use strict";
    module2.exports = (flag, argv = process.argv) => {
      const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
      const position = argv.indexOf(prefix + flag);
      const terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports2, module2) {
    "use strict";
    var os = require("os");
    var tty = require("tty");
    var hasFlag = require_has_flag();
    var { env } = process;
    var forceColor;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      forceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = 1;
    }
    if ("FORCE_COLOR" in env) {
      if (env.FORCE_COLOR === "true") {
        forceColor = 1;
      } else if (env.FORCE_COLOR === "false") {
        forceColor = 0;
      } else {
        forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
      }
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(haveStream, streamIsTTY) {
      if (forceColor === 0) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (haveStream && !streamIsTTY && forceColor === void 0) {
        return 0;
      }
      const min = forceColor || 0;
      if (env.TERM === "dumb") {
        return min;
      }
      if (process.platform === "win32") {
        const osRelease = os.release().split(".");
        if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if (env.COLORTERM === "truecolor") {
        return 3;
      }
      if ("TERM_PROGRAM" in env) {
        const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      return min;
    }
    function getSupportLevel(stream) {
      const level = supportsColor(stream, stream && stream.isTTY);
      return translateLevel(level);
    }
    module2.exports = {
      supportsColor: getSupportLevel,
      stdout: translateLevel(supportsColor(true, tty.isatty(1))),
      stderr: translateLevel(supportsColor(true, tty.isatty(2)))
    };
  }
});

// node_modules/chalk/source/util.js
var require_util2 = __commonJS({
  "node_modules/chalk/source/util.js"(exports2, module2) {
    "use strict";
    var stringReplaceAll = (string, substring, replacer) => {
      let index = string.indexOf(substring);
      if (index === -1) {
        return string;
      }
      const substringLength = substring.length;
      let endIndex = 0;
      let returnValue = "";
      do {
        returnValue += string.substr(endIndex, index - endIndex) + substring + replacer;
        endIndex = index + substringLength;
        index = string.indexOf(substring, endIndex);
      } while (index !== -1);
      returnValue += string.substr(endIndex);
      return returnValue;
    };
    var stringEncaseCRLFWithFirstIndex = (string, prefix, postfix, index) => {
      let endIndex = 0;
      let returnValue = "";
      do {
        const gotCR = string[index - 1] === "\r";
        returnValue += string.substr(endIndex, (gotCR ? index - 1 : index) - endIndex) + prefix + (gotCR ? "\r\n" : "\n") + postfix;
        endIndex = index + 1;
        index = string.indexOf("\n", endIndex);
      } while (index !== -1);
      returnValue += string.substr(endIndex);
      return returnValue;
    };
    module2.exports = {
      stringReplaceAll,
      stringEncaseCRLFWithFirstIndex
    };
  }
});

// node_modules/chalk/source/templates.js
var require_templates = __commonJS({
  "node_modules/chalk/source/templates.js"(exports2, module2) {
    "use strict";
    var TEMPLATE_REGEX = /(?:\\(u(?:[a-f\d]{4}|\{[a-f\d]{1,6}\})|x[a-f\d]{2}|.))|(?:\{(~)?(\w+(?:\([^)]*\))?(?:\.\w+(?:\([^)]*\))?)*)(?:[ \t]|(?=\r?\n)))|(\})|((?:.|[\r\n\f])+?)/gi;
    var STYLE_REGEX = /(?:^|\.)(\w+)(?:\(([^)]*)\))?/g;
    var STRING_REGEX = /^(['"])((?:\\.|(?!\1)[^\\])*)\1$/;
    var ESCAPE_REGEX = /\\(u(?:[a-f\d]{4}|{[a-f\d]{1,6}})|x[a-f\d]{2}|.)|([^\\])/gi;
    var ESCAPES = /* @__PURE__ */ new Map([
      ["n", "\n"],
      ["r", "\r"],
      ["t", "	"],
      ["b", "\b"],
      ["f", "\f"],
      ["v", "\v"],
      ["0", "\0"],
      ["\\", "\\"],
      ["e", "\x1B"],
      ["a", "\x07"]
    ]);
    function unescape(c) {
      const u = c[0] === "u";
      const bracket = c[1] === "{";
      if (u && !bracket && c.length === 5 || c[0] === "x" && c.length === 3) {
        return String.fromCharCode(parseInt(c.slice(1), 16));
      }
      if (u && bracket) {
        return String.fromCodePoint(parseInt(c.slice(2, -1), 16));
      }
      return ESCAPES.get(c) || c;
    }
    function parseArguments(name, arguments_) {
      const results = [];
      const chunks = arguments_.trim().split(/\s*,\s*/g);
      let matches;
      for (const chunk of chunks) {
        const number = Number(chunk);
        if (!Number.isNaN(number)) {
          results.push(number);
        } else if (matches = chunk.match(STRING_REGEX)) {
          results.push(matches[2].replace(ESCAPE_REGEX, (m, escape, character) => escape ? unescape(escape) : character));
        } else {
          throw new Error(`Invalid Chalk template style argument: ${chunk} (in style '${name}')`);
        }
      }
      return results;
    }
    function parseStyle(style) {
      STYLE_REGEX.lastIndex = 0;
      const results = [];
      let matches;
      while ((matches = STYLE_REGEX.exec(style)) !== null) {
        const name = matches[1];
        if (matches[2]) {
          const args = parseArguments(name, matches[2]);
          results.push([name].concat(args));
        } else {
          results.push([name]);
        }
      }
      return results;
    }
    function buildStyle(chalk, styles) {
      const enabled = {};
      for (const layer of styles) {
        for (const style of layer.styles) {
          enabled[style[0]] = layer.inverse ? null : style.slice(1);
        }
      }
      let current = chalk;
      for (const [styleName, styles2] of Object.entries(enabled)) {
        if (!Array.isArray(styles2)) {
          continue;
        }
        if (!(styleName in current)) {
          throw new Error(`Unknown Chalk style: ${styleName}`);
        }
        current = styles2.length > 0 ? current[styleName](...styles2) : current[styleName];
      }
      return current;
    }
    module2.exports = (chalk, temporary) => {
      const styles = [];
      const chunks = [];
      let chunk = [];
      temporary.replace(TEMPLATE_REGEX, (m, escapeCharacter, inverse, style, close, character) => {
        if (escapeCharacter) {
          chunk.push(unescape(escapeCharacter));
        } else if (style) {
          const string = chunk.join("");
          chunk = [];
          chunks.push(styles.length === 0 ? string : buildStyle(chalk, styles)(string));
          styles.push({ inverse, styles: parseStyle(style) });
        } else if (close) {
          if (styles.length === 0) {
            throw new Error("Found extraneous } in Chalk template literal");
          }
          chunks.push(buildStyle(chalk, styles)(chunk.join("")));
          chunk = [];
          styles.pop();
        } else {
          chunk.push(character);
        }
      });
      chunks.push(chunk.join(""));
      if (styles.length > 0) {
        const errMessage = `Chalk template literal is missing ${styles.length} closing bracket${styles.length === 1 ? "" : "s"} (\`}\`)`;
        throw new Error(errMessage);
      }
      return chunks.join("");
    };
  }
});

// node_modules/chalk/source/index.js
var require_source = __commonJS({
  "node_modules/chalk/source/index.js"(exports2, module2) {
    "use strict";
    var ansiStyles = require_ansi_styles();
    var { stdout: stdoutColor, stderr: stderrColor } = require_supports_color();
    var {
      stringReplaceAll,
      stringEncaseCRLFWithFirstIndex
    } = require_util2();
    var { isArray } = Array;
    var levelMapping = [
      "ansi",
      "ansi",
      "ansi256",
      "ansi16m"
    ];
    var styles = /* @__PURE__ */ Object.create(null);
    var applyOptions = (object, options = {}) => {
      if (options.level && !(Number.isInteger(options.level) && options.level >= 0 && options.level <= 3)) {
        throw new Error("The `level` option should be an integer from 0 to 3");
      }
      const colorLevel = stdoutColor ? stdoutColor.level : 0;
      object.level = options.level === void 0 ? colorLevel : options.level;
    };
    var ChalkClass = class {
      constructor(options) {
        return chalkFactory(options);
      }
    };
    var chalkFactory = (options) => {
      const chalk2 = {};
      applyOptions(chalk2, options);
      chalk2.template = (...arguments_) => chalkTag(chalk2.template, ...arguments_);
      Object.setPrototypeOf(chalk2, Chalk.prototype);
      Object.setPrototypeOf(chalk2.template, chalk2);
      chalk2.template.constructor = () => {
        throw new Error("`chalk.constructor()` is deprecated. Use `new chalk.Instance()` instead.");
      };
      chalk2.template.Instance = ChalkClass;
      return chalk2.template;
    };
    function Chalk(options) {
      return chalkFactory(options);
    }
    for (const [styleName, style] of Object.entries(ansiStyles)) {
      styles[styleName] = {
        get() {
          const builder = createBuilder(this, createStyler(style.open, style.close, this._styler), this._isEmpty);
          Object.defineProperty(this, styleName, { value: builder });
          return builder;
        }
      };
    }
    styles.visible = {
      get() {
        const builder = createBuilder(this, this._styler, true);
        Object.defineProperty(this, "visible", { value: builder });
        return builder;
      }
    };
    var usedModels = ["rgb", "hex", "keyword", "hsl", "hsv", "hwb", "ansi", "ansi256"];
    for (const model of usedModels) {
      styles[model] = {
        get() {
          const { level } = this;
          return function(...arguments_) {
            const styler = createStyler(ansiStyles.color[levelMapping[level]][model](...arguments_), ansiStyles.color.close, this._styler);
            return createBuilder(this, styler, this._isEmpty);
          };
        }
      };
    }
    for (const model of usedModels) {
      const bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
      styles[bgModel] = {
        get() {
          const { level } = this;
          return function(...arguments_) {
            const styler = createStyler(ansiStyles.bgColor[levelMapping[level]][model](...arguments_), ansiStyles.bgColor.close, this._styler);
            return createBuilder(this, styler, this._isEmpty);
          };
        }
      };
    }
    var proto = Object.defineProperties(() => {
    }, {
      ...styles,
      level: {
        enumerable: true,
        get() {
          return this._generator.level;
        },
        set(level) {
          this._generator.level = level;
        }
      }
    });
    var createStyler = (open, close, parent) => {
      let openAll;
      let closeAll;
      if (parent === void 0) {
        openAll = open;
        closeAll = close;
      } else {
        openAll = parent.openAll + open;
        closeAll = close + parent.closeAll;
      }
      return {
        open,
        close,
        openAll,
        closeAll,
        parent
      };
    };
    var createBuilder = (self, _styler, _isEmpty) => {
      const builder = (...arguments_) => {
        if (isArray(arguments_[0]) && isArray(arguments_[0].raw)) {
          return applyStyle(builder, chalkTag(builder, ...arguments_));
        }
        return applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
      };
      Object.setPrototypeOf(builder, proto);
      builder._generator = self;
      builder._styler = _styler;
      builder._isEmpty = _isEmpty;
      return builder;
    };
    var applyStyle = (self, string) => {
      if (self.level <= 0 || !string) {
        return self._isEmpty ? "" : string;
      }
      let styler = self._styler;
      if (styler === void 0) {
        return string;
      }
      const { openAll, closeAll } = styler;
      if (string.indexOf("\x1B") !== -1) {
        while (styler !== void 0) {
          string = stringReplaceAll(string, styler.close, styler.open);
          styler = styler.parent;
        }
      }
      const lfIndex = string.indexOf("\n");
      if (lfIndex !== -1) {
        string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex);
      }
      return openAll + string + closeAll;
    };
    var template;
    var chalkTag = (chalk2, ...strings) => {
      const [firstString] = strings;
      if (!isArray(firstString) || !isArray(firstString.raw)) {
        return strings.join(" ");
      }
      const arguments_ = strings.slice(1);
      const parts = [firstString.raw[0]];
      for (let i = 1; i < firstString.length; i++) {
        parts.push(
          String(arguments_[i - 1]).replace(/[{}\\]/g, "\\$&"),
          String(firstString.raw[i])
        );
      }
      if (template === void 0) {
        template = require_templates();
      }
      return template(chalk2, parts.join(""));
    };
    Object.defineProperties(Chalk.prototype, styles);
    var chalk = Chalk();
    chalk.supportsColor = stdoutColor;
    chalk.stderr = Chalk({ level: stderrColor ? stderrColor.level : 0 });
    chalk.stderr.supportsColor = stderrColor;
    module2.exports = chalk;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/iam/iam-identity-center.js
var require_iam_identity_center = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/iam/iam-identity-center.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SsoInstanceACAConfig = exports2.SsoAssignment = exports2.SsoPermissionSet = void 0;
    var deepEqual = require_fast_deep_equal();
    var SsoPermissionSet = class {
      name;
      cfnLogicalId;
      ssoInstanceArn;
      ssoPermissionsBoundary;
      ssoCustomerManagedPolicyReferences;
      constructor(props) {
        this.cfnLogicalId = props.cfnLogicalId;
        this.name = props.name;
        this.ssoInstanceArn = props.ssoInstanceArn;
        this.ssoPermissionsBoundary = props.ssoPermissionsBoundary;
        this.ssoCustomerManagedPolicyReferences = props.ssoCustomerManagedPolicyReferences;
      }
      equal(other) {
        return deepEqual(this, other);
      }
    };
    exports2.SsoPermissionSet = SsoPermissionSet;
    var SsoAssignment = class {
      cfnLogicalId;
      ssoInstanceArn;
      permissionSetArn;
      principalId;
      principalType;
      targetId;
      targetType;
      constructor(props) {
        this.cfnLogicalId = props.cfnLogicalId;
        this.ssoInstanceArn = props.ssoInstanceArn;
        this.permissionSetArn = props.permissionSetArn;
        this.principalId = props.principalId;
        this.principalType = props.principalType;
        this.targetId = props.targetId;
        this.targetType = props.targetType;
      }
      equal(other) {
        return deepEqual(this, other);
      }
    };
    exports2.SsoAssignment = SsoAssignment;
    var SsoInstanceACAConfig = class {
      cfnLogicalId;
      ssoInstanceArn;
      accessControlAttributes;
      constructor(props) {
        this.cfnLogicalId = props.cfnLogicalId;
        this.ssoInstanceArn = props.ssoInstanceArn;
        this.accessControlAttributes = props.accessControlAttributes;
      }
      equal(other) {
        return deepEqual(this, other);
      }
    };
    exports2.SsoInstanceACAConfig = SsoInstanceACAConfig;
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/diff/maybe-parsed.js
var require_maybe_parsed = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/diff/maybe-parsed.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.mkParsed = mkParsed;
    exports2.mkUnparseable = mkUnparseable;
    function mkParsed(value) {
      return { type: "parsed", value };
    }
    function mkUnparseable(value) {
      return {
        type: "unparseable",
        repr: typeof value === "string" ? value : JSON.stringify(value)
      };
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/iam/managed-policy.js
var require_managed_policy = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/iam/managed-policy.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ManagedPolicyAttachment = void 0;
    var maybe_parsed_1 = require_maybe_parsed();
    var ManagedPolicyAttachment = class _ManagedPolicyAttachment {
      identityArn;
      managedPolicyArn;
      static parseManagedPolicies(identityArn, arns) {
        return typeof arns === "string" ? [new _ManagedPolicyAttachment(identityArn, arns)] : arns.map((arn) => new _ManagedPolicyAttachment(identityArn, arn));
      }
      constructor(identityArn, managedPolicyArn) {
        this.identityArn = identityArn;
        this.managedPolicyArn = managedPolicyArn;
      }
      equal(other) {
        return this.identityArn === other.identityArn && this.managedPolicyArn === other.managedPolicyArn;
      }
      /**
       * Return a machine-readable version of the changes.
       * This is only used in tests.
       *
       * @internal
       */
      _toJson() {
        return (0, maybe_parsed_1.mkParsed)({
          identityArn: this.identityArn,
          managedPolicyArn: this.managedPolicyArn
        });
      }
    };
    exports2.ManagedPolicyAttachment = ManagedPolicyAttachment;
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/util.js
var require_util3 = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/util.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.makeComparator = makeComparator;
    exports2.dropIfEmpty = dropIfEmpty;
    exports2.deepRemoveUndefined = deepRemoveUndefined;
    exports2.flatMap = flatMap;
    function makeComparator(keyFn) {
      return (a, b) => {
        const keyA = keyFn(a);
        const keyB = keyFn(b);
        const len = Math.min(keyA.length, keyB.length);
        for (let i = 0; i < len; i++) {
          const c = compare(keyA[i], keyB[i]);
          if (c !== 0) {
            return c;
          }
        }
        return keyA.length - keyB.length;
      };
    }
    function compare(a, b) {
      if (a < b) {
        return -1;
      }
      if (b < a) {
        return 1;
      }
      return 0;
    }
    function dropIfEmpty(xs) {
      return xs.length > 0 ? xs : void 0;
    }
    function deepRemoveUndefined(x) {
      if (typeof x === void 0 || x === null) {
        return x;
      }
      if (Array.isArray(x)) {
        return x.map(deepRemoveUndefined);
      }
      if (typeof x === "object") {
        for (const [key, value] of Object.entries(x)) {
          x[key] = deepRemoveUndefined(value);
          if (x[key] === void 0) {
            delete x[key];
          }
        }
        return x;
      }
      return x;
    }
    function flatMap(xs, f) {
      const ret = new Array();
      for (const x of xs) {
        ret.push(...f(x));
      }
      return ret;
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/iam/statement.js
var require_statement = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/iam/statement.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Effect = exports2.Targets = exports2.Statement = void 0;
    exports2.parseStatements = parseStatements;
    exports2.parseLambdaPermission = parseLambdaPermission;
    exports2.renderCondition = renderCondition;
    var maybe_parsed_1 = require_maybe_parsed();
    var util_1 = require_util3();
    var deepEqual = require_fast_deep_equal();
    var Statement = class {
      /**
       * Statement ID
       */
      sid;
      /**
       * Statement effect
       */
      effect;
      /**
       * Resources
       */
      resources;
      /**
       * Principals
       */
      principals;
      /**
       * Actions
       */
      actions;
      /**
       * Object with conditions
       */
      condition;
      serializedIntrinsic;
      constructor(statement) {
        if (typeof statement === "string") {
          this.sid = void 0;
          this.effect = Effect.Unknown;
          this.resources = new Targets({}, "", "");
          this.actions = new Targets({}, "", "");
          this.principals = new Targets({}, "", "");
          this.condition = void 0;
          this.serializedIntrinsic = statement;
        } else {
          this.sid = expectString(statement.Sid);
          this.effect = expectEffect(statement.Effect);
          this.resources = new Targets(statement, "Resource", "NotResource");
          this.actions = new Targets(statement, "Action", "NotAction");
          this.principals = new Targets(statement, "Principal", "NotPrincipal");
          this.condition = statement.Condition;
          this.serializedIntrinsic = void 0;
        }
      }
      /**
       * Whether this statement is equal to the other statement
       */
      equal(other) {
        return this.sid === other.sid && this.effect === other.effect && this.serializedIntrinsic === other.serializedIntrinsic && this.resources.equal(other.resources) && this.actions.equal(other.actions) && this.principals.equal(other.principals) && deepEqual(this.condition, other.condition);
      }
      render() {
        return this.serializedIntrinsic ? {
          resource: this.serializedIntrinsic,
          effect: "",
          action: "",
          principal: this.principals.render(),
          // these will be replaced by the call to replaceEmpty() from IamChanges
          condition: ""
        } : {
          resource: this.resources.render(),
          effect: this.effect,
          action: this.actions.render(),
          principal: this.principals.render(),
          condition: renderCondition(this.condition)
        };
      }
      /**
       * Return a machine-readable version of the changes.
       * This is only used in tests.
       *
       * @internal
       */
      _toJson() {
        return this.serializedIntrinsic ? (0, maybe_parsed_1.mkUnparseable)(this.serializedIntrinsic) : (0, maybe_parsed_1.mkParsed)((0, util_1.deepRemoveUndefined)({
          sid: this.sid,
          effect: this.effect,
          resources: this.resources._toJson(),
          principals: this.principals._toJson(),
          actions: this.actions._toJson(),
          condition: this.condition
        }));
      }
      /**
       * Whether this is a negative statement
       *
       * A statement is negative if any of its targets are negative, inverted
       * if the Effect is Deny.
       */
      get isNegativeStatement() {
        const notTarget = this.actions.not || this.principals.not || this.resources.not;
        return this.effect === Effect.Allow ? notTarget : !notTarget;
      }
    };
    exports2.Statement = Statement;
    function parseStatements(x) {
      if (x === void 0) {
        x = [];
      }
      if (!Array.isArray(x)) {
        x = [x];
      }
      return x.map((s) => new Statement(s));
    }
    function parseLambdaPermission(x) {
      const statement = {
        Effect: "Allow",
        Action: x.Action,
        Resource: x.FunctionName
      };
      if (x.Principal !== void 0) {
        if (x.Principal === "*") {
          statement.Principal = "*";
        } else if (/^\d{12}$/.test(x.Principal)) {
          statement.Principal = { AWS: `arn:aws:iam::${x.Principal}:root` };
        } else {
          statement.Principal = { Service: x.Principal };
        }
      }
      if (x.SourceArn !== void 0) {
        if (statement.Condition === void 0) {
          statement.Condition = {};
        }
        statement.Condition.ArnLike = { "AWS:SourceArn": x.SourceArn };
      }
      if (x.SourceAccount !== void 0) {
        if (statement.Condition === void 0) {
          statement.Condition = {};
        }
        statement.Condition.StringEquals = { "AWS:SourceAccount": x.SourceAccount };
      }
      if (x.EventSourceToken !== void 0) {
        if (statement.Condition === void 0) {
          statement.Condition = {};
        }
        statement.Condition.StringEquals = { "lambda:EventSourceToken": x.EventSourceToken };
      }
      return new Statement(statement);
    }
    var Targets = class {
      /**
       * The values of the targets
       */
      values;
      /**
       * Whether positive or negative matchers
       */
      not;
      constructor(statement, positiveKey, negativeKey) {
        if (negativeKey in statement) {
          this.values = forceListOfStrings(statement[negativeKey]);
          this.not = true;
        } else {
          this.values = forceListOfStrings(statement[positiveKey]);
          this.not = false;
        }
        this.values.sort();
      }
      get empty() {
        return this.values.length === 0;
      }
      /**
       * Whether this set of targets is equal to the other set of targets
       */
      equal(other) {
        return this.not === other.not && deepEqual(this.values.sort(), other.values.sort());
      }
      /**
       * If the current value set is empty, put this in it
       */
      replaceEmpty(replacement) {
        if (this.empty) {
          this.values.push(replacement);
        }
      }
      /**
       * If the actions contains a '*', replace with this string.
       */
      replaceStar(replacement) {
        for (let i = 0; i < this.values.length; i++) {
          if (this.values[i] === "*") {
            this.values[i] = replacement;
          }
        }
        this.values.sort();
      }
      /**
       * Render into a summary table cell
       */
      render() {
        return this.not ? this.values.map((s) => `NOT ${s}`).join("\n") : this.values.join("\n");
      }
      /**
       * Return a machine-readable version of the changes.
       * This is only used in tests.
       *
       * @internal
       */
      _toJson() {
        return { not: this.not, values: this.values };
      }
    };
    exports2.Targets = Targets;
    var Effect;
    (function(Effect2) {
      Effect2["Unknown"] = "Unknown";
      Effect2["Allow"] = "Allow";
      Effect2["Deny"] = "Deny";
    })(Effect || (exports2.Effect = Effect = {}));
    function expectString(x) {
      return typeof x === "string" ? x : void 0;
    }
    function expectEffect(x) {
      if (x === Effect.Allow || x === Effect.Deny) {
        return x;
      }
      return Effect.Unknown;
    }
    function forceListOfStrings(x) {
      if (typeof x === "string") {
        return [x];
      }
      if (typeof x === "undefined" || x === null) {
        return [];
      }
      if (Array.isArray(x)) {
        return x.map((e) => forceListOfStrings(e).join(","));
      }
      if (typeof x === "object" && x !== null) {
        const ret = [];
        for (const [key, value] of Object.entries(x)) {
          ret.push(...forceListOfStrings(value).map((s) => `${key}:${s}`));
        }
        return ret;
      }
      return [`${x}`];
    }
    function renderCondition(condition) {
      if (!condition || Object.keys(condition).length === 0) {
        return "";
      }
      const jsonRepresentation = JSON.stringify(condition, void 0, 2);
      const lines = jsonRepresentation.split("\n");
      return lines.slice(1, lines.length - 1).map((s) => s.slice(2)).join("\n");
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/diffable.js
var require_diffable = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/diffable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.DiffableCollection = void 0;
    var DiffableCollection = class {
      additions = [];
      removals = [];
      oldElements = [];
      newElements = [];
      addOld(...elements) {
        this.oldElements.push(...elements);
      }
      addNew(...elements) {
        this.newElements.push(...elements);
      }
      calculateDiff() {
        this.additions.push(...difference(this.newElements, this.oldElements));
        this.removals.push(...difference(this.oldElements, this.newElements));
      }
      get hasChanges() {
        return this.additions.length + this.removals.length > 0;
      }
      get hasAdditions() {
        return this.additions.length > 0;
      }
      get hasRemovals() {
        return this.removals.length > 0;
      }
    };
    exports2.DiffableCollection = DiffableCollection;
    function contains(element, xs) {
      return xs.some((x) => x.equal(element));
    }
    function difference(collection, elements) {
      return collection.filter((x) => !contains(x, elements));
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/render-intrinsics.js
var require_render_intrinsics = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/render-intrinsics.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.renderIntrinsics = renderIntrinsics;
    function renderIntrinsics(x) {
      if (Array.isArray(x)) {
        return x.filter((el) => !isNoValue(el)).map(renderIntrinsics);
      }
      if (isNoValue(x)) {
        return void 0;
      }
      const intrinsic = getIntrinsic(x);
      if (intrinsic) {
        if (intrinsic.fn === "Ref") {
          return "${" + intrinsic.args + "}";
        }
        if (intrinsic.fn === "Fn::GetAtt") {
          return "${" + intrinsic.args[0] + "." + intrinsic.args[1] + "}";
        }
        if (intrinsic.fn === "Fn::Join") {
          return unCloudFormationFnJoin(intrinsic.args[0], intrinsic.args[1]);
        }
        return stringifyIntrinsic(intrinsic.fn, intrinsic.args);
      }
      if (typeof x === "object" && x !== null) {
        const ret = {};
        for (const [key, value] of Object.entries(x)) {
          if (!isNoValue(value)) {
            ret[key] = renderIntrinsics(value);
          }
        }
        return ret;
      }
      return x;
    }
    function unCloudFormationFnJoin(separator, args) {
      if (Array.isArray(args)) {
        return args.filter((el) => !isNoValue(el)).map(renderIntrinsics).join(separator);
      }
      return stringifyIntrinsic("Fn::Join", [separator, args]);
    }
    function stringifyIntrinsic(fn, args) {
      return JSON.stringify({ [fn]: renderIntrinsics(args) });
    }
    function getIntrinsic(x) {
      if (x === void 0 || x === null || Array.isArray(x)) {
        return void 0;
      }
      if (typeof x !== "object") {
        return void 0;
      }
      const keys = Object.keys(x);
      return keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::")) ? { fn: keys[0], args: x[keys[0]] } : void 0;
    }
    function isNoValue(x) {
      const int = getIntrinsic(x);
      return int && int.fn === "Ref" && int.args === "AWS::NoValue";
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/iam/iam-changes.js
var require_iam_changes = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/iam/iam-changes.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.IamChanges = void 0;
    var service_spec_types_1 = require_lib2();
    var chalk_1 = __importDefault(require_source());
    var iam_identity_center_1 = require_iam_identity_center();
    var managed_policy_1 = require_managed_policy();
    var statement_1 = require_statement();
    var diffable_1 = require_diffable();
    var render_intrinsics_1 = require_render_intrinsics();
    var util_1 = require_util3();
    var IamChanges = class {
      static IamPropertyScrutinies = [
        service_spec_types_1.PropertyScrutinyType.InlineIdentityPolicies,
        service_spec_types_1.PropertyScrutinyType.InlineResourcePolicy,
        service_spec_types_1.PropertyScrutinyType.ManagedPolicies
      ];
      static IamResourceScrutinies = [
        service_spec_types_1.ResourceScrutinyType.ResourcePolicyResource,
        service_spec_types_1.ResourceScrutinyType.IdentityPolicyResource,
        service_spec_types_1.ResourceScrutinyType.LambdaPermission,
        service_spec_types_1.ResourceScrutinyType.SsoAssignmentResource,
        service_spec_types_1.ResourceScrutinyType.SsoInstanceACAConfigResource,
        service_spec_types_1.ResourceScrutinyType.SsoPermissionSet
      ];
      // each entry in a DiffableCollection is used to generate a single row of the security changes table that is presented for cdk diff and cdk deploy.
      statements = new diffable_1.DiffableCollection();
      managedPolicies = new diffable_1.DiffableCollection();
      ssoPermissionSets = new diffable_1.DiffableCollection();
      ssoAssignments = new diffable_1.DiffableCollection();
      ssoInstanceACAConfigs = new diffable_1.DiffableCollection();
      constructor(props) {
        for (const propertyChange of props.propertyChanges) {
          this.readPropertyChange(propertyChange);
        }
        for (const resourceChange of props.resourceChanges) {
          this.readResourceChange(resourceChange);
        }
        this.statements.calculateDiff();
        this.managedPolicies.calculateDiff();
        this.ssoPermissionSets.calculateDiff();
        this.ssoAssignments.calculateDiff();
        this.ssoInstanceACAConfigs.calculateDiff();
      }
      get hasChanges() {
        return this.statements.hasChanges || this.managedPolicies.hasChanges || this.ssoPermissionSets.hasChanges || this.ssoAssignments.hasChanges || this.ssoInstanceACAConfigs.hasChanges;
      }
      /**
       * Return whether the changes include broadened permissions
       *
       * Permissions are broadened if positive statements are added or
       * negative statements are removed, or if managed policies are added.
       */
      get permissionsBroadened() {
        return this.statements.additions.some((s) => !s.isNegativeStatement) || this.statements.removals.some((s) => s.isNegativeStatement) || this.managedPolicies.hasAdditions || this.ssoPermissionSets.hasAdditions || this.ssoAssignments.hasAdditions || this.ssoInstanceACAConfigs.hasAdditions;
      }
      /**
       * Return a summary table of changes
       */
      summarizeStatements() {
        const ret = [];
        const header = ["", "Resource", "Effect", "Action", "Principal", "Condition"];
        for (const statement of this.statements.additions) {
          const renderedStatement = statement.render();
          ret.push([
            "+",
            renderedStatement.resource,
            renderedStatement.effect,
            renderedStatement.action,
            renderedStatement.principal,
            renderedStatement.condition
          ].map((s) => chalk_1.default.green(s)));
        }
        for (const statement of this.statements.removals) {
          const renderedStatement = statement.render();
          ret.push([
            "-",
            renderedStatement.resource,
            renderedStatement.effect,
            renderedStatement.action,
            renderedStatement.principal,
            renderedStatement.condition
          ].map((s) => chalk_1.default.red(s)));
        }
        ret.sort((0, util_1.makeComparator)((row) => [row[1]]));
        ret.splice(0, 0, header);
        return ret;
      }
      summarizeManagedPolicies() {
        const ret = [];
        const header = ["", "Resource", "Managed Policy ARN"];
        for (const att of this.managedPolicies.additions) {
          ret.push([
            "+",
            att.identityArn,
            att.managedPolicyArn
          ].map((s) => chalk_1.default.green(s)));
        }
        for (const att of this.managedPolicies.removals) {
          ret.push([
            "-",
            att.identityArn,
            att.managedPolicyArn
          ].map((s) => chalk_1.default.red(s)));
        }
        ret.sort((0, util_1.makeComparator)((row) => [row[1]]));
        ret.splice(0, 0, header);
        return ret;
      }
      summarizeSsoAssignments() {
        const ret = [];
        const header = ["", "Resource", "InstanceArn", "PermissionSetArn", "PrincipalId", "PrincipalType", "TargetId", "TargetType"];
        for (const att of this.ssoAssignments.additions) {
          ret.push([
            "+",
            att.cfnLogicalId || "",
            att.ssoInstanceArn || "",
            att.permissionSetArn || "",
            att.principalId || "",
            att.principalType || "",
            att.targetId || "",
            att.targetType || ""
          ].map((s) => chalk_1.default.green(s)));
        }
        for (const att of this.ssoAssignments.removals) {
          ret.push([
            "-",
            att.cfnLogicalId || "",
            att.ssoInstanceArn || "",
            att.permissionSetArn || "",
            att.principalId || "",
            att.principalType || "",
            att.targetId || "",
            att.targetType || ""
          ].map((s) => chalk_1.default.red(s)));
        }
        ret.sort((0, util_1.makeComparator)((row) => [row[1]]));
        ret.splice(0, 0, header);
        return ret;
      }
      summarizeSsoInstanceACAConfigs() {
        const ret = [];
        const header = ["", "Resource", "InstanceArn", "AccessControlAttributes"];
        function formatAccessControlAttribute(aca) {
          return `Key: ${aca?.Key}, Values: [${aca?.Value?.Source.join(", ")}]`;
        }
        for (const att of this.ssoInstanceACAConfigs.additions) {
          ret.push([
            "+",
            att.cfnLogicalId || "",
            att.ssoInstanceArn || "",
            att.accessControlAttributes?.map(formatAccessControlAttribute).join("\n") || ""
          ].map((s) => chalk_1.default.green(s)));
        }
        for (const att of this.ssoInstanceACAConfigs.removals) {
          ret.push([
            "-",
            att.cfnLogicalId || "",
            att.ssoInstanceArn || "",
            att.accessControlAttributes?.map(formatAccessControlAttribute).join("\n") || ""
          ].map((s) => chalk_1.default.red(s)));
        }
        ret.sort((0, util_1.makeComparator)((row) => [row[1]]));
        ret.splice(0, 0, header);
        return ret;
      }
      summarizeSsoPermissionSets() {
        const ret = [];
        const header = ["", "Resource", "InstanceArn", "PermissionSet name", "PermissionsBoundary", "CustomerManagedPolicyReferences"];
        function formatManagedPolicyRef(s) {
          return `Name: ${s?.Name || ""}, Path: ${s?.Path || ""}`;
        }
        function formatSsoPermissionsBoundary(ssoPb) {
          if (ssoPb?.ManagedPolicyArn !== void 0) {
            return `ManagedPolicyArn: ${ssoPb?.ManagedPolicyArn || ""}`;
          } else if (ssoPb?.CustomerManagedPolicyReference !== void 0) {
            return `CustomerManagedPolicyReference: {
  ${formatManagedPolicyRef(ssoPb?.CustomerManagedPolicyReference)}
}`;
          } else {
            return "";
          }
        }
        for (const att of this.ssoPermissionSets.additions) {
          ret.push([
            "+",
            att.cfnLogicalId || "",
            att.ssoInstanceArn || "",
            att.name || "",
            formatSsoPermissionsBoundary(att.ssoPermissionsBoundary),
            att.ssoCustomerManagedPolicyReferences?.map(formatManagedPolicyRef).join("\n") || ""
          ].map((s) => chalk_1.default.green(s)));
        }
        for (const att of this.ssoPermissionSets.removals) {
          ret.push([
            "-",
            att.cfnLogicalId || "",
            att.ssoInstanceArn || "",
            att.name || "",
            formatSsoPermissionsBoundary(att.ssoPermissionsBoundary),
            att.ssoCustomerManagedPolicyReferences?.map(formatManagedPolicyRef).join("\n") || ""
          ].map((s) => chalk_1.default.red(s)));
        }
        ret.sort((0, util_1.makeComparator)((row) => [row[1]]));
        ret.splice(0, 0, header);
        return ret;
      }
      /**
       * Return a machine-readable version of the changes.
       * This is only used in tests.
       *
       * @internal
       */
      _toJson() {
        return (0, util_1.deepRemoveUndefined)({
          statementAdditions: (0, util_1.dropIfEmpty)(this.statements.additions.map((s) => s._toJson())),
          statementRemovals: (0, util_1.dropIfEmpty)(this.statements.removals.map((s) => s._toJson())),
          managedPolicyAdditions: (0, util_1.dropIfEmpty)(this.managedPolicies.additions.map((s) => s._toJson())),
          managedPolicyRemovals: (0, util_1.dropIfEmpty)(this.managedPolicies.removals.map((s) => s._toJson()))
        });
      }
      readPropertyChange(propertyChange) {
        switch (propertyChange.scrutinyType) {
          case service_spec_types_1.PropertyScrutinyType.InlineIdentityPolicies:
            this.statements.addOld(...this.readIdentityPolicies(propertyChange.oldValue, propertyChange.resourceLogicalId));
            this.statements.addNew(...this.readIdentityPolicies(propertyChange.newValue, propertyChange.resourceLogicalId));
            break;
          case service_spec_types_1.PropertyScrutinyType.InlineResourcePolicy:
            if (propertyChange.resourceType === "AWS::SSO::PermissionSet") {
              this.statements.addOld(...this.readPermissionSetInlinePolicy(propertyChange.oldValue, propertyChange.resourceLogicalId));
              this.statements.addNew(...this.readPermissionSetInlinePolicy(propertyChange.newValue, propertyChange.resourceLogicalId));
            } else {
              this.statements.addOld(...this.readResourceStatements(propertyChange.oldValue, propertyChange.resourceLogicalId));
              this.statements.addNew(...this.readResourceStatements(propertyChange.newValue, propertyChange.resourceLogicalId));
            }
            break;
          case service_spec_types_1.PropertyScrutinyType.ManagedPolicies:
            this.managedPolicies.addOld(...this.readManagedPolicies(propertyChange.oldValue, propertyChange.resourceLogicalId));
            this.managedPolicies.addNew(...this.readManagedPolicies(propertyChange.newValue, propertyChange.resourceLogicalId));
            break;
        }
      }
      readResourceChange(resourceChange) {
        switch (resourceChange.scrutinyType) {
          case service_spec_types_1.ResourceScrutinyType.IdentityPolicyResource:
            this.statements.addOld(...this.readIdentityPolicyResource(resourceChange.oldProperties));
            this.statements.addNew(...this.readIdentityPolicyResource(resourceChange.newProperties));
            break;
          case service_spec_types_1.ResourceScrutinyType.ResourcePolicyResource:
            this.statements.addOld(...this.readResourcePolicyResource(resourceChange.oldProperties));
            this.statements.addNew(...this.readResourcePolicyResource(resourceChange.newProperties));
            break;
          case service_spec_types_1.ResourceScrutinyType.LambdaPermission:
            this.statements.addOld(...this.readLambdaStatements(resourceChange.oldProperties));
            this.statements.addNew(...this.readLambdaStatements(resourceChange.newProperties));
            break;
          case service_spec_types_1.ResourceScrutinyType.SsoPermissionSet:
            this.ssoPermissionSets.addOld(...this.readSsoPermissionSet(resourceChange.oldProperties, resourceChange.resourceLogicalId));
            this.ssoPermissionSets.addNew(...this.readSsoPermissionSet(resourceChange.newProperties, resourceChange.resourceLogicalId));
            break;
          case service_spec_types_1.ResourceScrutinyType.SsoAssignmentResource:
            this.ssoAssignments.addOld(...this.readSsoAssignments(resourceChange.oldProperties, resourceChange.resourceLogicalId));
            this.ssoAssignments.addNew(...this.readSsoAssignments(resourceChange.newProperties, resourceChange.resourceLogicalId));
            break;
          case service_spec_types_1.ResourceScrutinyType.SsoInstanceACAConfigResource:
            this.ssoInstanceACAConfigs.addOld(...this.readSsoInstanceACAConfigs(resourceChange.oldProperties, resourceChange.resourceLogicalId));
            this.ssoInstanceACAConfigs.addNew(...this.readSsoInstanceACAConfigs(resourceChange.newProperties, resourceChange.resourceLogicalId));
            break;
        }
      }
      /**
       * Parse a list of policies on an identity
       */
      readIdentityPolicies(policies, logicalId) {
        if (policies === void 0 || !Array.isArray(policies)) {
          return [];
        }
        const appliesToPrincipal = "AWS:${" + logicalId + "}";
        return (0, util_1.flatMap)(policies, (policy) => {
          const unparsedStatement = policy.PolicyDocument?.Statement ? policy.PolicyDocument.Statement : policy;
          return defaultPrincipal(appliesToPrincipal, (0, statement_1.parseStatements)((0, render_intrinsics_1.renderIntrinsics)(unparsedStatement)));
        });
      }
      /**
       * Parse an IAM::Policy resource
       */
      readIdentityPolicyResource(properties) {
        if (properties === void 0) {
          return [];
        }
        properties = (0, render_intrinsics_1.renderIntrinsics)(properties);
        const principals = (properties.Groups || []).concat(properties.Users || []).concat(properties.Roles || []);
        return (0, util_1.flatMap)(principals, (principal) => {
          const ref = "AWS:" + principal;
          return defaultPrincipal(ref, (0, statement_1.parseStatements)(properties.PolicyDocument.Statement));
        });
      }
      readSsoInstanceACAConfigs(properties, logicalId) {
        if (properties === void 0) {
          return [];
        }
        properties = (0, render_intrinsics_1.renderIntrinsics)(properties);
        return [new iam_identity_center_1.SsoInstanceACAConfig({
          cfnLogicalId: "${" + logicalId + "}",
          ssoInstanceArn: properties.InstanceArn,
          accessControlAttributes: properties.AccessControlAttributes
        })];
      }
      readSsoAssignments(properties, logicalId) {
        if (properties === void 0) {
          return [];
        }
        properties = (0, render_intrinsics_1.renderIntrinsics)(properties);
        return [new iam_identity_center_1.SsoAssignment({
          cfnLogicalId: "${" + logicalId + "}",
          ssoInstanceArn: properties.InstanceArn,
          permissionSetArn: properties.PermissionSetArn,
          principalId: properties.PrincipalId,
          principalType: properties.PrincipalType,
          targetId: properties.TargetId,
          targetType: properties.TargetType
        })];
      }
      readSsoPermissionSet(properties, logicalId) {
        if (properties === void 0) {
          return [];
        }
        properties = (0, render_intrinsics_1.renderIntrinsics)(properties);
        return [new iam_identity_center_1.SsoPermissionSet({
          cfnLogicalId: "${" + logicalId + "}",
          name: properties.Name,
          ssoInstanceArn: properties.InstanceArn,
          ssoCustomerManagedPolicyReferences: properties.CustomerManagedPolicyReferences,
          ssoPermissionsBoundary: properties.PermissionsBoundary
        })];
      }
      readPermissionSetInlinePolicy(policy, logicalId) {
        if (policy === void 0) {
          return [];
        }
        const appliesToResource = "${" + logicalId + ".Arn}";
        const appliesToPrincipal = "AWS:${" + logicalId + "}";
        const statements = (0, statement_1.parseStatements)((0, render_intrinsics_1.renderIntrinsics)(policy.Statement));
        defaultResource(appliesToResource, statements);
        defaultPrincipal(appliesToPrincipal, statements);
        return statements;
      }
      readResourceStatements(policy, logicalId) {
        if (policy === void 0) {
          return [];
        }
        const appliesToResource = "${" + logicalId + ".Arn}";
        return defaultResource(appliesToResource, (0, statement_1.parseStatements)((0, render_intrinsics_1.renderIntrinsics)(policy.Statement)));
      }
      /**
       * Parse an AWS::*::{Bucket,Topic,Queue}policy
       */
      readResourcePolicyResource(properties) {
        if (properties === void 0) {
          return [];
        }
        properties = (0, render_intrinsics_1.renderIntrinsics)(properties);
        const policyKeys = Object.keys(properties).filter((key) => key.indexOf("Policy") > -1);
        const resourceKeys = Object.keys(properties).filter((key) => !policyKeys.includes(key) && !key.endsWith("Name"));
        let resources = resourceKeys.length === 1 ? properties[resourceKeys[0]] : ["???"];
        if (!Array.isArray(resources)) {
          resources = [resources];
        }
        return (0, util_1.flatMap)(resources, (resource) => {
          return defaultResource(resource, (0, statement_1.parseStatements)(properties[policyKeys[0]].Statement));
        });
      }
      readManagedPolicies(policyArns, logicalId) {
        if (!policyArns) {
          return [];
        }
        const rep = "${" + logicalId + "}";
        return managed_policy_1.ManagedPolicyAttachment.parseManagedPolicies(rep, (0, render_intrinsics_1.renderIntrinsics)(policyArns));
      }
      readLambdaStatements(properties) {
        if (!properties) {
          return [];
        }
        return [(0, statement_1.parseLambdaPermission)((0, render_intrinsics_1.renderIntrinsics)(properties))];
      }
    };
    exports2.IamChanges = IamChanges;
    function defaultPrincipal(principal, statements) {
      statements.forEach((s) => s.principals.replaceEmpty(principal));
      statements.forEach((s) => s.principals.replaceStar(principal));
      return statements;
    }
    function defaultResource(resource, statements) {
      statements.forEach((s) => s.resources.replaceEmpty(resource));
      statements.forEach((s) => s.resources.replaceStar(resource));
      return statements;
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/network/security-group-rule.js
var require_security_group_rule = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/network/security-group-rule.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SecurityGroupRule = void 0;
    var SecurityGroupRule = class {
      /**
       * Group ID of the group this rule applies to
       */
      groupId;
      /**
       * IP protocol this rule applies to
       */
      ipProtocol;
      /**
       * Start of port range this rule applies to, or ICMP type
       */
      fromPort;
      /**
       * End of port range this rule applies to, or ICMP code
       */
      toPort;
      /**
       * Peer of this rule
       */
      peer;
      constructor(ruleObject, groupRef) {
        this.ipProtocol = ruleObject.IpProtocol?.toString() || "*unknown*";
        this.fromPort = ruleObject.FromPort;
        this.toPort = ruleObject.ToPort;
        this.groupId = ruleObject.GroupId || groupRef || "*unknown*";
        this.peer = findFirst(ruleObject, ["CidrIp", "CidrIpv6"], (ip) => ({ kind: "cidr-ip", ip })) || findFirst(ruleObject, ["DestinationSecurityGroupId", "SourceSecurityGroupId"], (securityGroupId) => ({ kind: "security-group", securityGroupId })) || findFirst(ruleObject, ["DestinationPrefixListId", "SourcePrefixListId"], (prefixListId) => ({ kind: "prefix-list", prefixListId }));
      }
      equal(other) {
        return this.groupId === other.groupId && this.ipProtocol === other.ipProtocol && this.fromPort === other.fromPort && this.toPort === other.toPort && peerEqual(this.peer, other.peer);
      }
      describeProtocol() {
        if (this.ipProtocol === "-1") {
          return "Everything";
        }
        const ipProtocol = this.ipProtocol.toUpperCase();
        if (this.fromPort === -1) {
          return `All ${ipProtocol}`;
        }
        if (this.fromPort === this.toPort) {
          return `${ipProtocol} ${this.fromPort}`;
        }
        return `${ipProtocol} ${this.fromPort}-${this.toPort}`;
      }
      describePeer() {
        if (this.peer) {
          switch (this.peer.kind) {
            case "cidr-ip":
              if (this.peer.ip === "0.0.0.0/0") {
                return "Everyone (IPv4)";
              }
              if (this.peer.ip === "::/0") {
                return "Everyone (IPv6)";
              }
              return `${this.peer.ip}`;
            case "prefix-list":
              return `${this.peer.prefixListId}`;
            case "security-group":
              return `${this.peer.securityGroupId}`;
          }
        }
        return "?";
      }
      toJson() {
        return {
          groupId: this.groupId,
          ipProtocol: this.ipProtocol,
          fromPort: this.fromPort,
          toPort: this.toPort,
          peer: this.peer
        };
      }
    };
    exports2.SecurityGroupRule = SecurityGroupRule;
    function peerEqual(a, b) {
      if (a === void 0 !== (b === void 0)) {
        return false;
      }
      if (a === void 0) {
        return true;
      }
      if (a.kind !== b.kind) {
        return false;
      }
      switch (a.kind) {
        case "cidr-ip":
          return a.ip === b.ip;
        case "security-group":
          return a.securityGroupId === b.securityGroupId;
        case "prefix-list":
          return a.prefixListId === b.prefixListId;
      }
    }
    function findFirst(obj, keys, fn) {
      for (const key of keys) {
        try {
          if (key in obj) {
            return fn(obj[key]);
          }
        } catch (e) {
          debugger;
        }
      }
      return void 0;
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/network/security-group-changes.js
var require_security_group_changes = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/network/security-group-changes.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.SecurityGroupChanges = void 0;
    var chalk_1 = __importDefault(require_source());
    var security_group_rule_1 = require_security_group_rule();
    var diffable_1 = require_diffable();
    var render_intrinsics_1 = require_render_intrinsics();
    var util_1 = require_util3();
    var SecurityGroupChanges = class {
      ingress = new diffable_1.DiffableCollection();
      egress = new diffable_1.DiffableCollection();
      constructor(props) {
        for (const ingressProp of props.ingressRulePropertyChanges) {
          this.ingress.addOld(...this.readInlineRules(ingressProp.oldValue, ingressProp.resourceLogicalId));
          this.ingress.addNew(...this.readInlineRules(ingressProp.newValue, ingressProp.resourceLogicalId));
        }
        for (const egressProp of props.egressRulePropertyChanges) {
          this.egress.addOld(...this.readInlineRules(egressProp.oldValue, egressProp.resourceLogicalId));
          this.egress.addNew(...this.readInlineRules(egressProp.newValue, egressProp.resourceLogicalId));
        }
        for (const ingressRes of props.ingressRuleResourceChanges) {
          this.ingress.addOld(...this.readRuleResource(ingressRes.oldProperties));
          this.ingress.addNew(...this.readRuleResource(ingressRes.newProperties));
        }
        for (const egressRes of props.egressRuleResourceChanges) {
          this.egress.addOld(...this.readRuleResource(egressRes.oldProperties));
          this.egress.addNew(...this.readRuleResource(egressRes.newProperties));
        }
        this.ingress.calculateDiff();
        this.egress.calculateDiff();
      }
      get hasChanges() {
        return this.ingress.hasChanges || this.egress.hasChanges;
      }
      /**
       * Return a summary table of changes
       */
      summarize() {
        const ret = [];
        const header = ["", "Group", "Dir", "Protocol", "Peer"];
        const inWord = "In";
        const outWord = "Out";
        const renderRule = (plusMin, inOut) => (rule) => [
          plusMin,
          rule.groupId,
          inOut,
          rule.describeProtocol(),
          rule.describePeer()
        ].map((s) => plusMin === "+" ? chalk_1.default.green(s) : chalk_1.default.red(s));
        ret.push(...this.ingress.additions.map(renderRule("+", inWord)));
        ret.push(...this.egress.additions.map(renderRule("+", outWord)));
        ret.push(...this.ingress.removals.map(renderRule("-", inWord)));
        ret.push(...this.egress.removals.map(renderRule("-", outWord)));
        ret.sort((0, util_1.makeComparator)((row) => [row[1], row[2].indexOf(inWord) > -1 ? 0 : 1]));
        ret.splice(0, 0, header);
        return ret;
      }
      toJson() {
        return (0, util_1.deepRemoveUndefined)({
          ingressRuleAdditions: (0, util_1.dropIfEmpty)(this.ingress.additions.map((s) => s.toJson())),
          ingressRuleRemovals: (0, util_1.dropIfEmpty)(this.ingress.removals.map((s) => s.toJson())),
          egressRuleAdditions: (0, util_1.dropIfEmpty)(this.egress.additions.map((s) => s.toJson())),
          egressRuleRemovals: (0, util_1.dropIfEmpty)(this.egress.removals.map((s) => s.toJson()))
        });
      }
      get rulesAdded() {
        return this.ingress.hasAdditions || this.egress.hasAdditions;
      }
      readInlineRules(rules, logicalId) {
        if (!rules || !Array.isArray(rules)) {
          return [];
        }
        const ref = "${" + logicalId + ".GroupId}";
        return rules.flatMap((r) => {
          const rendered = (0, render_intrinsics_1.renderIntrinsics)(r);
          return typeof rendered === "object" ? [new security_group_rule_1.SecurityGroupRule(rendered, ref)] : [];
        });
      }
      readRuleResource(resource) {
        if (!resource) {
          return [];
        }
        return [new security_group_rule_1.SecurityGroupRule((0, render_intrinsics_1.renderIntrinsics)(resource))];
      }
    };
    exports2.SecurityGroupChanges = SecurityGroupChanges;
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/diff/types.js
var require_types = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/diff/types.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ResourceDifference = exports2.ResourceImpact = exports2.ParameterDifference = exports2.OutputDifference = exports2.MetadataDifference = exports2.MappingDifference = exports2.ConditionDifference = exports2.DifferenceCollection = exports2.PropertyDifference = exports2.Difference = exports2.TemplateDiff = void 0;
    exports2.isPropertyDifference = isPropertyDifference;
    var assert_1 = require("assert");
    var service_spec_types_1 = require_lib2();
    var util_1 = require_util();
    var iam_changes_1 = require_iam_changes();
    var security_group_changes_1 = require_security_group_changes();
    var TemplateDiff = class {
      awsTemplateFormatVersion;
      description;
      transform;
      conditions;
      mappings;
      metadata;
      outputs;
      parameters;
      resources;
      /** The differences in unknown/unexpected parts of the template */
      unknown;
      /**
       * Changes to IAM policies
       */
      iamChanges;
      /**
       * Changes to Security Group ingress and egress rules
       */
      securityGroupChanges;
      constructor(args) {
        if (args.awsTemplateFormatVersion !== void 0) {
          this.awsTemplateFormatVersion = args.awsTemplateFormatVersion;
        }
        if (args.description !== void 0) {
          this.description = args.description;
        }
        if (args.transform !== void 0) {
          this.transform = args.transform;
        }
        this.conditions = args.conditions || new DifferenceCollection({});
        this.mappings = args.mappings || new DifferenceCollection({});
        this.metadata = args.metadata || new DifferenceCollection({});
        this.outputs = args.outputs || new DifferenceCollection({});
        this.parameters = args.parameters || new DifferenceCollection({});
        this.resources = args.resources || new DifferenceCollection({});
        this.unknown = args.unknown || new DifferenceCollection({});
        this.iamChanges = new iam_changes_1.IamChanges({
          propertyChanges: this.scrutinizablePropertyChanges(iam_changes_1.IamChanges.IamPropertyScrutinies),
          resourceChanges: this.scrutinizableResourceChanges(iam_changes_1.IamChanges.IamResourceScrutinies)
        });
        this.securityGroupChanges = new security_group_changes_1.SecurityGroupChanges({
          egressRulePropertyChanges: this.scrutinizablePropertyChanges([service_spec_types_1.PropertyScrutinyType.EgressRules]),
          ingressRulePropertyChanges: this.scrutinizablePropertyChanges([service_spec_types_1.PropertyScrutinyType.IngressRules]),
          egressRuleResourceChanges: this.scrutinizableResourceChanges([service_spec_types_1.ResourceScrutinyType.EgressRuleResource]),
          ingressRuleResourceChanges: this.scrutinizableResourceChanges([service_spec_types_1.ResourceScrutinyType.IngressRuleResource])
        });
      }
      get differenceCount() {
        let count = 0;
        if (this.awsTemplateFormatVersion !== void 0) {
          count += 1;
        }
        if (this.description !== void 0) {
          count += 1;
        }
        if (this.transform !== void 0) {
          count += 1;
        }
        count += this.conditions.differenceCount;
        count += this.mappings.differenceCount;
        count += this.metadata.differenceCount;
        count += this.outputs.differenceCount;
        count += this.parameters.differenceCount;
        count += this.resources.differenceCount;
        count += this.unknown.differenceCount;
        return count;
      }
      get isEmpty() {
        return this.differenceCount === 0;
      }
      /**
       * Return true if any of the permissions objects involve a broadening of permissions
       */
      get permissionsBroadened() {
        return this.iamChanges.permissionsBroadened || this.securityGroupChanges.rulesAdded;
      }
      /**
       * Return true if any of the permissions objects have changed
       */
      get permissionsAnyChanges() {
        return this.iamChanges.hasChanges || this.securityGroupChanges.hasChanges;
      }
      /**
       * Return all property changes of a given scrutiny type
       *
       * We don't just look at property updates; we also look at resource additions and deletions (in which
       * case there is no further detail on property values), and resource type changes.
       */
      scrutinizablePropertyChanges(scrutinyTypes) {
        const ret = new Array();
        for (const [resourceLogicalId, resourceChange] of Object.entries(this.resources.changes)) {
          if (resourceChange.resourceTypeChanged) {
            continue;
          }
          if (!resourceChange.resourceType) {
            continue;
          }
          const newTypeProps = (0, util_1.loadResourceModel)(resourceChange.resourceType)?.properties || {};
          for (const [propertyName, prop] of Object.entries(newTypeProps)) {
            const propScrutinyType = prop.scrutinizable || service_spec_types_1.PropertyScrutinyType.None;
            if (scrutinyTypes.includes(propScrutinyType)) {
              ret.push({
                resourceLogicalId,
                propertyName,
                resourceType: resourceChange.resourceType,
                scrutinyType: propScrutinyType,
                oldValue: resourceChange.oldProperties?.[propertyName],
                newValue: resourceChange.newProperties?.[propertyName]
              });
            }
          }
        }
        return ret;
      }
      /**
       * Return all resource changes of a given scrutiny type
       *
       * We don't just look at resource updates; we also look at resource additions and deletions (in which
       * case there is no further detail on property values), and resource type changes.
       */
      scrutinizableResourceChanges(scrutinyTypes) {
        const ret = new Array();
        for (const [resourceLogicalId, resourceChange] of Object.entries(this.resources.changes)) {
          if (!resourceChange) {
            continue;
          }
          const commonProps = {
            oldProperties: resourceChange.oldProperties,
            newProperties: resourceChange.newProperties,
            resourceLogicalId
          };
          if (resourceChange.resourceTypeChanged) {
            if (resourceChange.oldResourceType) {
              const oldResourceModel = (0, util_1.loadResourceModel)(resourceChange.oldResourceType);
              if (oldResourceModel && this.resourceIsScrutinizable(oldResourceModel, scrutinyTypes)) {
                ret.push({
                  ...commonProps,
                  newProperties: void 0,
                  resourceType: resourceChange.oldResourceType,
                  scrutinyType: oldResourceModel.scrutinizable
                });
              }
            }
            if (resourceChange.newResourceType) {
              const newResourceModel = (0, util_1.loadResourceModel)(resourceChange.newResourceType);
              if (newResourceModel && this.resourceIsScrutinizable(newResourceModel, scrutinyTypes)) {
                ret.push({
                  ...commonProps,
                  oldProperties: void 0,
                  resourceType: resourceChange.newResourceType,
                  scrutinyType: newResourceModel.scrutinizable
                });
              }
            }
          } else {
            if (!resourceChange.resourceType) {
              continue;
            }
            const resourceModel = (0, util_1.loadResourceModel)(resourceChange.resourceType);
            if (resourceModel && this.resourceIsScrutinizable(resourceModel, scrutinyTypes)) {
              ret.push({
                ...commonProps,
                resourceType: resourceChange.resourceType,
                scrutinyType: resourceModel.scrutinizable
              });
            }
          }
        }
        return ret;
      }
      resourceIsScrutinizable(res, scrutinyTypes) {
        return scrutinyTypes.includes(res.scrutinizable || service_spec_types_1.ResourceScrutinyType.None);
      }
    };
    exports2.TemplateDiff = TemplateDiff;
    var Difference = class {
      oldValue;
      newValue;
      /**
       * Whether this is an actual different or the values are actually the same
       *
       * isDifferent => (isUpdate | isRemoved | isUpdate)
       */
      isDifferent;
      /**
       * @param oldValue - the old value, cannot be equal (to the sense of +deepEqual+) to +newValue+.
       * @param newValue - the new value, cannot be equal (to the sense of +deepEqual+) to +oldValue+.
       */
      constructor(oldValue, newValue) {
        this.oldValue = oldValue;
        this.newValue = newValue;
        if (oldValue === void 0 && newValue === void 0) {
          throw new assert_1.AssertionError({ message: "oldValue and newValue are both undefined!" });
        }
        this.isDifferent = !(0, util_1.deepEqual)(oldValue, newValue);
      }
      /** @returns +true+ if the element is new to the template. */
      get isAddition() {
        return this.oldValue === void 0;
      }
      /** @returns +true+ if the element was removed from the template. */
      get isRemoval() {
        return this.newValue === void 0;
      }
      /** @returns +true+ if the element was already in the template and is updated. */
      get isUpdate() {
        return this.oldValue !== void 0 && this.newValue !== void 0;
      }
    };
    exports2.Difference = Difference;
    var PropertyDifference = class extends Difference {
      changeImpact;
      constructor(oldValue, newValue, args) {
        super(oldValue, newValue);
        this.changeImpact = args.changeImpact;
      }
    };
    exports2.PropertyDifference = PropertyDifference;
    var DifferenceCollection = class _DifferenceCollection {
      diffs;
      constructor(diffs) {
        this.diffs = diffs;
      }
      get changes() {
        return onlyChanges(this.diffs);
      }
      get differenceCount() {
        return Object.values(this.changes).length;
      }
      get(logicalId) {
        const ret = this.diffs[logicalId];
        if (!ret) {
          throw new Error(`No object with logical ID '${logicalId}'`);
        }
        return ret;
      }
      remove(logicalId) {
        delete this.diffs[logicalId];
      }
      /**
       * Whether a difference (changed or not) is tracked for the given logical ID.
       *
       * Note this is different from `logicalIds`, which only returns IDs that have
       * an actual change. A logical ID may be present here with a "no-op" difference.
       */
      has(logicalId) {
        return this.diffs[logicalId] !== void 0;
      }
      /**
       * Set (or replace) the difference tracked for the given logical ID.
       */
      set(logicalId, diff) {
        this.diffs[logicalId] = diff;
      }
      get logicalIds() {
        return Object.keys(this.changes);
      }
      /**
       * Returns a new TemplateDiff which only contains changes for which `predicate`
       * returns `true`.
       */
      filter(predicate) {
        const newChanges = {};
        for (const id of Object.keys(this.changes)) {
          const diff = this.changes[id];
          if (predicate(diff)) {
            newChanges[id] = diff;
          }
        }
        return new _DifferenceCollection(newChanges);
      }
      /**
       * Invokes `cb` for all changes in this collection.
       *
       * Changes will be sorted as follows:
       *  - Removed
       *  - Added
       *  - Updated
       *  - Others
       *
       */
      forEachDifference(cb) {
        const removed = new Array();
        const added = new Array();
        const updated = new Array();
        const others = new Array();
        for (const logicalId of this.logicalIds) {
          const change = this.changes[logicalId];
          if (change.isAddition) {
            added.push({ logicalId, change });
          } else if (change.isRemoval) {
            removed.push({ logicalId, change });
          } else if (change.isUpdate) {
            updated.push({ logicalId, change });
          } else if (change.isDifferent) {
            others.push({ logicalId, change });
          }
        }
        removed.forEach((v) => cb(v.logicalId, v.change));
        added.forEach((v) => cb(v.logicalId, v.change));
        updated.forEach((v) => cb(v.logicalId, v.change));
        others.forEach((v) => cb(v.logicalId, v.change));
      }
    };
    exports2.DifferenceCollection = DifferenceCollection;
    var ConditionDifference = class extends Difference {
    };
    exports2.ConditionDifference = ConditionDifference;
    var MappingDifference = class extends Difference {
    };
    exports2.MappingDifference = MappingDifference;
    var MetadataDifference = class extends Difference {
    };
    exports2.MetadataDifference = MetadataDifference;
    var OutputDifference = class extends Difference {
    };
    exports2.OutputDifference = OutputDifference;
    var ParameterDifference = class extends Difference {
    };
    exports2.ParameterDifference = ParameterDifference;
    var ResourceImpact;
    (function(ResourceImpact2) {
      ResourceImpact2["WILL_UPDATE"] = "WILL_UPDATE";
      ResourceImpact2["WILL_CREATE"] = "WILL_CREATE";
      ResourceImpact2["WILL_REPLACE"] = "WILL_REPLACE";
      ResourceImpact2["MAY_REPLACE"] = "MAY_REPLACE";
      ResourceImpact2["WILL_DESTROY"] = "WILL_DESTROY";
      ResourceImpact2["WILL_ORPHAN"] = "WILL_ORPHAN";
      ResourceImpact2["WILL_IMPORT"] = "WILL_IMPORT";
      ResourceImpact2["NO_CHANGE"] = "NO_CHANGE";
    })(ResourceImpact || (exports2.ResourceImpact = ResourceImpact = {}));
    function worstImpact(one, two) {
      if (!two) {
        return one;
      }
      const badness = {
        [ResourceImpact.NO_CHANGE]: 0,
        [ResourceImpact.WILL_IMPORT]: 0,
        [ResourceImpact.WILL_UPDATE]: 1,
        [ResourceImpact.WILL_CREATE]: 2,
        [ResourceImpact.WILL_ORPHAN]: 3,
        [ResourceImpact.MAY_REPLACE]: 4,
        [ResourceImpact.WILL_REPLACE]: 5,
        [ResourceImpact.WILL_DESTROY]: 6
      };
      return badness[one] > badness[two] ? one : two;
    }
    var ResourceDifference = class {
      oldValue;
      newValue;
      /**
       * Whether this resource was added
       */
      isAddition;
      /**
       * Whether this resource was removed
       */
      isRemoval;
      /**
       * Whether this resource was imported
       */
      isImport;
      move;
      /** Property-level changes on the resource */
      propertyDiffs;
      /** Changes to non-property level attributes of the resource */
      otherDiffs;
      /** The resource type (or old and new type if it has changed) */
      resourceTypes;
      constructor(oldValue, newValue, args) {
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.resourceTypes = args.resourceType;
        this.propertyDiffs = args.propertyDiffs;
        this.otherDiffs = args.otherDiffs;
        this.isAddition = oldValue === void 0;
        this.isRemoval = newValue === void 0;
        this.isImport = void 0;
      }
      get oldProperties() {
        return this.oldValue && this.oldValue.Properties;
      }
      get newProperties() {
        return this.newValue && this.newValue.Properties;
      }
      /**
       * Whether this resource was modified at all
       */
      get isDifferent() {
        return this.differenceCount > 0 || this.oldResourceType !== this.newResourceType;
      }
      /**
       * Whether the resource was updated in-place
       */
      get isUpdate() {
        return this.isDifferent && !this.isAddition && !this.isRemoval;
      }
      get oldResourceType() {
        return this.resourceTypes.oldType;
      }
      get newResourceType() {
        return this.resourceTypes.newType;
      }
      /**
       * All actual property updates
       */
      get propertyUpdates() {
        return onlyChanges(this.propertyDiffs);
      }
      /**
       * All actual "other" updates
       */
      get otherChanges() {
        return onlyChanges(this.otherDiffs);
      }
      /**
       * Return whether the resource type was changed in this diff
       *
       * This is not a valid operation in CloudFormation but to be defensive we're going
       * to be aware of it anyway.
       */
      get resourceTypeChanged() {
        return this.resourceTypes.oldType !== void 0 && this.resourceTypes.newType !== void 0 && this.resourceTypes.oldType !== this.resourceTypes.newType;
      }
      /**
       * Return the resource type if it was unchanged
       *
       * If the resource type was changed, it's an error to call this.
       */
      get resourceType() {
        if (this.resourceTypeChanged) {
          throw new Error("Cannot get .resourceType, because the type was changed");
        }
        return this.resourceTypes.oldType || this.resourceTypes.newType;
      }
      /**
       * Replace a PropertyChange in this object
       *
       * This affects the property diff as it is summarized to users, but it DOES
       * NOT affect either the "oldValue" or "newValue" values; those still contain
       * the actual template values as provided by the user (they might still be
       * used for downstream processing).
       */
      setPropertyChange(propertyName, change) {
        this.propertyDiffs[propertyName] = change;
      }
      /**
       * Replace a OtherChange in this object
       *
       * This affects the property diff as it is summarized to users, but it DOES
       * NOT affect either the "oldValue" or "newValue" values; those still contain
       * the actual template values as provided by the user (they might still be
       * used for downstream processing).
       */
      setOtherChange(otherName, change) {
        this.otherDiffs[otherName] = change;
      }
      get changeImpact() {
        if (this.isImport) {
          return ResourceImpact.WILL_IMPORT;
        }
        if (this.resourceTypes.oldType !== this.resourceTypes.newType) {
          if (this.resourceTypes.oldType === void 0) {
            return ResourceImpact.WILL_CREATE;
          }
          if (this.resourceTypes.newType === void 0) {
            return this.oldValue.DeletionPolicy === "Retain" || this.oldValue.DeletionPolicy === "RetainExceptOnCreate" ? ResourceImpact.WILL_ORPHAN : ResourceImpact.WILL_DESTROY;
          }
          return ResourceImpact.WILL_REPLACE;
        }
        const baseImpact = Object.keys(this.otherChanges).length > 0 ? ResourceImpact.WILL_UPDATE : ResourceImpact.NO_CHANGE;
        return Object.values(this.propertyDiffs).map((elt) => elt.changeImpact).reduce(worstImpact, baseImpact);
      }
      /**
       * Count of actual differences (not of elements)
       */
      get differenceCount() {
        return Object.values(this.propertyUpdates).length + Object.values(this.otherChanges).length;
      }
      /**
       * Invoke a callback for each actual difference
       */
      forEachDifference(cb) {
        for (const key of Object.keys(this.propertyUpdates).sort()) {
          cb("Property", key, this.propertyUpdates[key]);
        }
        for (const key of Object.keys(this.otherChanges).sort()) {
          cb("Other", key, this.otherDiffs[key]);
        }
      }
    };
    exports2.ResourceDifference = ResourceDifference;
    function isPropertyDifference(diff) {
      return diff.changeImpact !== void 0;
    }
    function onlyChanges(xs) {
      const ret = {};
      for (const [key, diff] of Object.entries(xs)) {
        if (diff.isDifferent) {
          ret[key] = diff;
        }
      }
      return ret;
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/diff/index.js
var require_diff3 = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/diff/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.diffAttribute = diffAttribute;
    exports2.diffCondition = diffCondition;
    exports2.diffMapping = diffMapping;
    exports2.diffMetadata = diffMetadata;
    exports2.diffOutput = diffOutput;
    exports2.diffParameter = diffParameter;
    exports2.diffResource = diffResource;
    exports2.diffUnknown = diffUnknown;
    var types = __importStar(require_types());
    var util_1 = require_util();
    function diffAttribute(oldValue, newValue) {
      return new types.Difference(_asString(oldValue), _asString(newValue));
    }
    function diffCondition(oldValue, newValue) {
      return new types.ConditionDifference(oldValue, newValue);
    }
    function diffMapping(oldValue, newValue) {
      return new types.MappingDifference(oldValue, newValue);
    }
    function diffMetadata(oldValue, newValue) {
      return new types.MetadataDifference(oldValue, newValue);
    }
    function diffOutput(oldValue, newValue) {
      return new types.OutputDifference(oldValue, newValue);
    }
    function diffParameter(oldValue, newValue) {
      return new types.ParameterDifference(oldValue, newValue);
    }
    function diffResource(oldValue, newValue, logicalId) {
      if (logicalId && logicalId.startsWith("Fn::ForEach::")) {
        const forEachType = "Fn::ForEach";
        return new types.ResourceDifference(oldValue, newValue, {
          resourceType: { oldType: oldValue ? forEachType : void 0, newType: newValue ? forEachType : void 0 },
          propertyDiffs: {},
          otherDiffs: !(0, util_1.deepEqual)(oldValue, newValue) ? { Value: new types.Difference(oldValue, newValue) } : {}
        });
      }
      const resourceType = {
        oldType: oldValue && oldValue.Type,
        newType: newValue && newValue.Type
      };
      let propertyDiffs = {};
      let otherDiffs = {};
      if (resourceType.oldType !== void 0 && resourceType.oldType === resourceType.newType) {
        const impl = (0, util_1.loadResourceModel)(resourceType.oldType);
        propertyDiffs = (0, util_1.diffKeyedEntities)(oldValue.Properties, newValue.Properties, (oldVal, newVal, key) => _diffProperty(oldVal, newVal, key, impl));
        otherDiffs = (0, util_1.diffKeyedEntities)(oldValue, newValue, _diffOther);
        delete otherDiffs.Properties;
      }
      return new types.ResourceDifference(oldValue, newValue, {
        resourceType,
        propertyDiffs,
        otherDiffs
      });
      function _diffProperty(oldV, newV, key, resourceSpec) {
        let changeImpact = types.ResourceImpact.NO_CHANGE;
        const spec = resourceSpec?.properties?.[key];
        if (spec && !(0, util_1.deepEqual)(oldV, newV)) {
          switch (spec.causesReplacement) {
            case "yes":
              changeImpact = types.ResourceImpact.WILL_REPLACE;
              break;
            case "maybe":
              changeImpact = types.ResourceImpact.MAY_REPLACE;
              break;
            default:
              changeImpact = types.ResourceImpact.WILL_UPDATE;
          }
        }
        return new types.PropertyDifference(oldV, newV, { changeImpact });
      }
      function _diffOther(oldV, newV) {
        return new types.Difference(oldV, newV);
      }
    }
    function diffUnknown(oldValue, newValue) {
      return new types.Difference(oldValue, newValue);
    }
    function _asString(value) {
      if (value == null) {
        return void 0;
      }
      if (typeof value === "string") {
        return value;
      }
      return JSON.stringify(value);
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/diff/template-and-changeset-diff-merger.js
var require_template_and_changeset_diff_merger = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/diff/template-and-changeset-diff-merger.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.TemplateAndChangeSetDiffMerger = void 0;
    var diff_1 = require_diff3();
    var types = __importStar(require_types());
    var TemplateAndChangeSetDiffMerger = class _TemplateAndChangeSetDiffMerger {
      static determineChangeSetReplacementMode(propertyChange) {
        if (propertyChange.Target?.RequiresRecreation === void 0) {
          return "Conditionally";
        }
        if (propertyChange.Target.RequiresRecreation === "Always") {
          switch (propertyChange.Evaluation) {
            case "Static":
              return "Always";
            case "Dynamic":
              return "Conditionally";
          }
        }
        return propertyChange.Target.RequiresRecreation;
      }
      // If we somehow cannot find the resourceType, then we'll mark it as UNKNOWN, so that can be seen in the diff.
      static UNKNOWN_RESOURCE_TYPE = "UNKNOWN_RESOURCE_TYPE";
      changeSet;
      changeSetResources;
      constructor(props) {
        this.changeSet = props.changeSet;
        this.changeSetResources = props.changeSetResources ?? this.convertDescribeChangeSetOutputToChangeSetResources(this.changeSet);
      }
      /**
       * Read resources from the changeSet, extracting information into ChangeSetResources.
       */
      convertDescribeChangeSetOutputToChangeSetResources(changeSet) {
        const changeSetResources = {};
        for (const resourceChange of changeSet.Changes ?? []) {
          if (resourceChange.ResourceChange?.LogicalResourceId === void 0) {
            continue;
          }
          const propertyReplacementModes = {};
          for (const propertyChange of resourceChange.ResourceChange.Details ?? []) {
            if (propertyChange.Target?.Attribute === "Properties" && propertyChange.Target.Name) {
              propertyReplacementModes[propertyChange.Target.Name] = {
                replacementMode: _TemplateAndChangeSetDiffMerger.determineChangeSetReplacementMode(propertyChange)
              };
            }
          }
          changeSetResources[resourceChange.ResourceChange.LogicalResourceId] = {
            resourceWasReplaced: resourceChange.ResourceChange.Replacement === "True",
            resourceType: resourceChange.ResourceChange.ResourceType ?? _TemplateAndChangeSetDiffMerger.UNKNOWN_RESOURCE_TYPE,
            // DescribeChangeSet doesn't promise to have the ResourceType...
            propertyReplacementModes
          };
        }
        return changeSetResources;
      }
      /**
       * This is writing over the "ChangeImpact" that was computed from the template difference, and instead using the ChangeImpact that is included from the ChangeSet.
       * Using the ChangeSet ChangeImpact is more accurate. The ChangeImpact tells us what the consequence is of changing the field. If changing the field causes resource
       * replacement (e.g., changing the name of an IAM role requires deleting and replacing the role), then ChangeImpact is "Always".
       */
      overrideDiffResourceChangeImpactWithChangeSetChangeImpact(logicalId, change) {
        if (change.resourceTypeChanged === true || change.resourceType?.includes("AWS::Serverless")) {
          return;
        }
        change.forEachDifference((type, name, value) => {
          if (type === "Property") {
            if (!this.changeSetResources[logicalId]) {
              if (!propertyIsResolvedAtDeployTime(value)) {
                return;
              }
              value.changeImpact = types.ResourceImpact.NO_CHANGE;
              value.isDifferent = false;
              return;
            }
            const changingPropertyCausesResourceReplacement = (this.changeSetResources[logicalId].propertyReplacementModes ?? {})[name]?.replacementMode;
            switch (changingPropertyCausesResourceReplacement) {
              case "Always":
                value.changeImpact = types.ResourceImpact.WILL_REPLACE;
                break;
              case "Never":
                value.changeImpact = types.ResourceImpact.WILL_UPDATE;
                break;
              case "Conditionally":
                value.changeImpact = types.ResourceImpact.MAY_REPLACE;
                break;
              case void 0:
                if (!propertyIsResolvedAtDeployTime(value)) {
                  break;
                }
                value.changeImpact = types.ResourceImpact.NO_CHANGE;
                value.isDifferent = false;
                break;
            }
          } else if (type === "Other") {
            switch (name) {
              case "Metadata":
                change.setOtherChange("Metadata", new types.Difference(value.newValue, value.newValue));
                break;
            }
          }
        });
      }
      /**
       * Adds property changes that the change set reports for a resource that the template diff already
       * surfaced, but that the template diff did not pick up on its own.
       *
       * Without this, a resource that has an ordinary (textual) change to one property would hide a
       * second change to a *different* property that is only resolved at deploy time (e.g. a property
       * whose value comes from an SSM parameter or a CloudFormation dynamic reference). That hidden
       * change might even be a replacement, so silently dropping it is exactly the class of bug that
       * issue #641 is about - just on a resource that happens to also have a visible change.
       *
       * This complements `addChangeSetResourcesNotInTemplateDiff`, which handles resources that are
       * entirely absent from the template diff.
       *
       * @param logicalId - the logical ID of the resource (already present in the template diff)
       * @param change - the resource difference to augment (mutated in place)
       */
      addChangeSetPropertiesNotInTemplateDiff(logicalId, change) {
        if (change.resourceTypeChanged === true || change.resourceType?.includes("AWS::Serverless")) {
          return;
        }
        const propertyReplacementModes = this.changeSetResources[logicalId]?.propertyReplacementModes;
        if (!propertyReplacementModes) {
          return;
        }
        const resourceChange = this.findResourceChange(logicalId);
        for (const [propertyName, { replacementMode }] of Object.entries(propertyReplacementModes)) {
          if (propertyName in change.propertyUpdates) {
            continue;
          }
          const changeImpact = changeImpactForReplacementMode(replacementMode);
          if (changeImpact === void 0) {
            continue;
          }
          const { oldValue, newValue } = this.changeSetPropertyValues(resourceChange, propertyName);
          const propertyDiff = new types.PropertyDifference(oldValue, newValue, { changeImpact });
          propertyDiff.isDifferent = true;
          change.setPropertyChange(propertyName, propertyDiff);
        }
      }
      /**
       * Adds resources to the template diff that the change set reports as changing, but that the
       * template diff did not surface on its own.
       *
       * This happens when the local template is byte-for-byte identical between the current and
       * target state, yet a value that is only resolved at deploy time changes - for example an
       * SSM parameter referenced through `AWS::SSM::Parameter::Value<...>` or a CloudFormation
       * dynamic reference (`{{resolve:ssm:...}}`). CloudFormation detects these in the change set
       * even though a pure template diff cannot, so we synthesize a `ResourceDifference` from the
       * change set's before/after data.
       *
       * @param resourceDiffs - the resource differences to add to (mutated in place)
       * @param resourcesInTemplateDiff - the logical IDs that the template diff already reported as
       *   changed, captured *before* any change-set overrides were applied. Those resources are
       *   owned by the override path and are skipped here so we never clobber more accurate
       *   template-derived information with change-set-only data.
       */
      addChangeSetResourcesNotInTemplateDiff(resourceDiffs, resourcesInTemplateDiff) {
        for (const resourceChange of this.changeSet?.Changes ?? []) {
          const rc = resourceChange.ResourceChange;
          const logicalId = rc?.LogicalResourceId;
          if (!rc || !logicalId) {
            continue;
          }
          if (rc.Action !== "Modify") {
            continue;
          }
          if (resourcesInTemplateDiff.has(logicalId)) {
            continue;
          }
          if (rc.ResourceType?.includes("AWS::Serverless")) {
            continue;
          }
          const resourceDiff = this.resourceDifferenceFromChangeSetResource(rc);
          if (resourceDiff?.isDifferent) {
            resourceDiffs.set(logicalId, resourceDiff);
          }
        }
      }
      /**
       * Build a `ResourceDifference` purely from a change set's `ResourceChange`.
       *
       * Prefers the rich `BeforeContext`/`AfterContext` (the full resource definition before and
       * after the change, included when the change set is described with `IncludePropertyValues`),
       * and falls back to the per-property `BeforeValue`/`AfterValue` carried in the change details.
       *
       * @returns the synthesized difference, or `undefined` if there is not enough information to
       *   build a meaningful before/after comparison.
       */
      resourceDifferenceFromChangeSetResource(rc) {
        const resourceType = rc.ResourceType;
        let oldResource;
        let newResource;
        const oldFromContext = this.parseResourceContext(rc.BeforeContext, resourceType);
        const newFromContext = this.parseResourceContext(rc.AfterContext, resourceType);
        if (oldFromContext !== void 0 && newFromContext !== void 0) {
          oldResource = oldFromContext;
          newResource = newFromContext;
        } else {
          const fromDetails = this.resourcesFromChangeDetails(rc, resourceType);
          oldResource = fromDetails.oldResource;
          newResource = fromDetails.newResource;
        }
        if (oldResource === void 0 || newResource === void 0) {
          return void 0;
        }
        const resourceDiff = (0, diff_1.diffResource)(oldResource, newResource, rc.LogicalResourceId);
        this.overrideDiffResourceChangeImpactWithChangeSetChangeImpact(rc.LogicalResourceId, resourceDiff);
        return resourceDiff;
      }
      /**
       * Parse a change set `BeforeContext`/`AfterContext` into a resource object.
       *
       * The context is the resource's definition (Properties, Metadata, etc.) but does *not* include
       * the resource `Type`, so we splice it back in (using the change set's reported type) to allow
       * the diff machinery to compare like-for-like and look up replacement information.
       */
      parseResourceContext(context, resourceType) {
        if (context === void 0 || context === null) {
          return void 0;
        }
        let parsed;
        if (typeof context === "string") {
          try {
            parsed = JSON.parse(context);
          } catch {
            return void 0;
          }
        } else {
          parsed = context;
        }
        if (typeof parsed !== "object" || parsed === null) {
          return void 0;
        }
        return {
          Type: resourceType ?? _TemplateAndChangeSetDiffMerger.UNKNOWN_RESOURCE_TYPE,
          ...parsed
        };
      }
      /**
       * Reconstruct (partial) before/after resource definitions from the per-property change details.
       *
       * This is the fallback used when `BeforeContext`/`AfterContext` are not available (for example
       * when the change set was described without `IncludePropertyValues`). Only properties that
       * carry a before or after value contribute to the reconstructed resources.
       */
      resourcesFromChangeDetails(rc, resourceType) {
        const oldProperties = {};
        const newProperties = {};
        let hasData = false;
        for (const detail of rc.Details ?? []) {
          const target = detail.Target;
          if (target?.Attribute !== "Properties" || !target.Name) {
            continue;
          }
          if (target.BeforeValue !== void 0) {
            oldProperties[target.Name] = tryJsonParse(target.BeforeValue);
            hasData = true;
          }
          if (target.AfterValue !== void 0) {
            newProperties[target.Name] = tryJsonParse(target.AfterValue);
            hasData = true;
          }
        }
        if (!hasData) {
          return { oldResource: void 0, newResource: void 0 };
        }
        const type = resourceType ?? _TemplateAndChangeSetDiffMerger.UNKNOWN_RESOURCE_TYPE;
        return {
          oldResource: { Type: type, Properties: oldProperties },
          newResource: { Type: type, Properties: newProperties }
        };
      }
      /**
       * Find the raw `ResourceChange` for a given logical ID in the change set.
       */
      findResourceChange(logicalId) {
        for (const resourceChange of this.changeSet?.Changes ?? []) {
          if (resourceChange.ResourceChange?.LogicalResourceId === logicalId) {
            return resourceChange.ResourceChange;
          }
        }
        return void 0;
      }
      /**
       * Determine the before/after value of a single property from the change set.
       *
       * Prefers the per-property `BeforeValue`/`AfterValue` carried in the change details, then the
       * `BeforeContext`/`AfterContext` resource snapshots, and finally falls back to empty-object
       * placeholders so the property still renders as a change (with the impact derived from the
       * change set) even when no concrete values were returned.
       */
      changeSetPropertyValues(resourceChange, propertyName) {
        let oldValue;
        let newValue;
        for (const detail of resourceChange?.Details ?? []) {
          const target = detail.Target;
          if (target?.Attribute === "Properties" && target.Name === propertyName) {
            if (target.BeforeValue !== void 0) {
              oldValue = tryJsonParse(target.BeforeValue);
            }
            if (target.AfterValue !== void 0) {
              newValue = tryJsonParse(target.AfterValue);
            }
          }
        }
        if (oldValue === void 0) {
          oldValue = contextProperties(resourceChange?.BeforeContext)?.[propertyName];
        }
        if (newValue === void 0) {
          newValue = contextProperties(resourceChange?.AfterContext)?.[propertyName];
        }
        return {
          oldValue: oldValue !== void 0 ? oldValue : {},
          newValue: newValue !== void 0 ? newValue : {}
        };
      }
      addImportInformationFromChangeset(resourceDiffs) {
        const imports = this.findResourceImports();
        resourceDiffs.forEachDifference((logicalId, change) => {
          if (imports.includes(logicalId)) {
            change.isImport = true;
          }
        });
      }
      findResourceImports() {
        const importedResourceLogicalIds = [];
        for (const resourceChange of this.changeSet?.Changes ?? []) {
          if (resourceChange.ResourceChange?.Action === "Import") {
            importedResourceLogicalIds.push(resourceChange.ResourceChange.LogicalResourceId);
          }
        }
        return importedResourceLogicalIds;
      }
    };
    exports2.TemplateAndChangeSetDiffMerger = TemplateAndChangeSetDiffMerger;
    function tryJsonParse(value) {
      try {
        return JSON.parse(value);
      } catch {
        return value;
      }
    }
    function changeImpactForReplacementMode(replacementMode) {
      switch (replacementMode) {
        case "Always":
          return types.ResourceImpact.WILL_REPLACE;
        case "Never":
          return types.ResourceImpact.WILL_UPDATE;
        case "Conditionally":
          return types.ResourceImpact.MAY_REPLACE;
        default:
          return void 0;
      }
    }
    function contextProperties(context) {
      if (context === void 0 || context === null) {
        return void 0;
      }
      let parsed;
      if (typeof context === "string") {
        try {
          parsed = JSON.parse(context);
        } catch {
          return void 0;
        }
      } else {
        parsed = context;
      }
      return parsed && typeof parsed === "object" ? parsed.Properties : void 0;
    }
    function propertyIsResolvedAtDeployTime(difference) {
      return containsDeployTimeValue(difference.oldValue) || containsDeployTimeValue(difference.newValue);
    }
    function containsDeployTimeValue(value) {
      if (typeof value === "string") {
        return value.includes("{{resolve:");
      }
      if (Array.isArray(value)) {
        return value.some(containsDeployTimeValue);
      }
      if (typeof value === "object" && value !== null) {
        for (const [key, nested] of Object.entries(value)) {
          if (key === "Ref" || key.startsWith("Fn::")) {
            return true;
          }
          if (containsDeployTimeValue(nested)) {
            return true;
          }
        }
      }
      return false;
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/diff-template.js
var require_diff_template = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/diff-template.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.fullDiff = fullDiff;
    exports2.diffTemplate = diffTemplate;
    var impl = __importStar(require_diff3());
    var template_and_changeset_diff_merger_1 = require_template_and_changeset_diff_merger();
    var types = __importStar(require_types());
    var util_1 = require_util();
    __exportStar(require_types(), exports2);
    var DIFF_HANDLERS = {
      AWSTemplateFormatVersion: (diff, oldValue, newValue) => diff.awsTemplateFormatVersion = impl.diffAttribute(oldValue, newValue),
      Description: (diff, oldValue, newValue) => diff.description = impl.diffAttribute(oldValue, newValue),
      Metadata: (diff, oldValue, newValue) => diff.metadata = new types.DifferenceCollection((0, util_1.diffKeyedEntities)(oldValue, newValue, impl.diffMetadata)),
      Parameters: (diff, oldValue, newValue) => diff.parameters = new types.DifferenceCollection((0, util_1.diffKeyedEntities)(oldValue, newValue, impl.diffParameter)),
      Mappings: (diff, oldValue, newValue) => diff.mappings = new types.DifferenceCollection((0, util_1.diffKeyedEntities)(oldValue, newValue, impl.diffMapping)),
      Conditions: (diff, oldValue, newValue) => diff.conditions = new types.DifferenceCollection((0, util_1.diffKeyedEntities)(oldValue, newValue, impl.diffCondition)),
      Transform: (diff, oldValue, newValue) => diff.transform = impl.diffAttribute(oldValue, newValue),
      Resources: (diff, oldValue, newValue) => diff.resources = new types.DifferenceCollection((0, util_1.diffKeyedEntities)(oldValue, newValue, impl.diffResource)),
      Outputs: (diff, oldValue, newValue) => diff.outputs = new types.DifferenceCollection((0, util_1.diffKeyedEntities)(oldValue, newValue, impl.diffOutput))
    };
    function fullDiff(currentTemplate, newTemplate, changeSet, isImport) {
      const currentTemplateCopy = deepCopy(currentTemplate);
      const newTemplateCopy = deepCopy(newTemplate);
      normalize(currentTemplateCopy);
      normalize(newTemplateCopy);
      const theDiff = diffTemplate(currentTemplateCopy, newTemplateCopy);
      if (changeSet) {
        const changeSetDiff = new template_and_changeset_diff_merger_1.TemplateAndChangeSetDiffMerger({ changeSet });
        const resourcesInTemplateDiff = new Set(theDiff.resources.logicalIds);
        theDiff.resources.forEachDifference((logicalId, change) => {
          changeSetDiff.overrideDiffResourceChangeImpactWithChangeSetChangeImpact(logicalId, change);
          changeSetDiff.addChangeSetPropertiesNotInTemplateDiff(logicalId, change);
        });
        changeSetDiff.addChangeSetResourcesNotInTemplateDiff(theDiff.resources, resourcesInTemplateDiff);
        changeSetDiff.addImportInformationFromChangeset(theDiff.resources);
      } else if (isImport) {
        makeAllResourceChangesImports(theDiff);
      }
      return theDiff;
    }
    function diffTemplate(currentTemplate, newTemplate) {
      const theDiff = calculateTemplateDiff(currentTemplate, newTemplate);
      const newTemplateCopy = deepCopy(newTemplate);
      let didPropagateReferenceChanges;
      let diffWithReplacements;
      do {
        diffWithReplacements = calculateTemplateDiff(currentTemplate, newTemplateCopy);
        didPropagateReferenceChanges = false;
        if (diffWithReplacements.resources) {
          diffWithReplacements.resources.forEachDifference((logicalId, change) => {
            if (change.changeImpact === types.ResourceImpact.WILL_REPLACE) {
              if (propagateReplacedReferences(newTemplateCopy, logicalId)) {
                didPropagateReferenceChanges = true;
              }
            }
          });
        }
      } while (didPropagateReferenceChanges);
      diffWithReplacements.resources.filter((r) => isReplacement(r.changeImpact)).forEachDifference((logicalId, downstreamReplacement) => {
        const resource = theDiff.resources.get(logicalId);
        if (resource.changeImpact !== downstreamReplacement.changeImpact) {
          propagatePropertyReplacement(downstreamReplacement, resource);
        }
      });
      return theDiff;
    }
    function isReplacement(impact) {
      return impact === types.ResourceImpact.MAY_REPLACE || impact === types.ResourceImpact.WILL_REPLACE;
    }
    function propagatePropertyReplacement(source, dest) {
      for (const [propertyName, diff] of Object.entries(source.propertyUpdates)) {
        if (diff.changeImpact && isReplacement(diff.changeImpact)) {
          dest.setPropertyChange(propertyName, diff);
        }
      }
    }
    function calculateTemplateDiff(currentTemplate, newTemplate) {
      const differences = {};
      const unknown = {};
      for (const key of (0, util_1.unionOf)(Object.keys(currentTemplate), Object.keys(newTemplate)).sort()) {
        const oldValue = currentTemplate[key];
        const newValue = newTemplate[key];
        if ((0, util_1.deepEqual)(oldValue, newValue)) {
          continue;
        }
        const handler = DIFF_HANDLERS[key] || ((_diff, oldV, newV) => unknown[key] = impl.diffUnknown(oldV, newV));
        handler(differences, oldValue, newValue);
      }
      if (Object.keys(unknown).length > 0) {
        differences.unknown = new types.DifferenceCollection(unknown);
      }
      return new types.TemplateDiff(differences);
    }
    function propagateReplacedReferences(template, logicalId) {
      let ret = false;
      function recurse(obj) {
        if (Array.isArray(obj)) {
          obj.forEach(recurse);
        }
        if (typeof obj === "object" && obj !== null) {
          if (!replaceReference(obj)) {
            Object.values(obj).forEach(recurse);
          }
        }
      }
      function replaceReference(obj) {
        const keys = Object.keys(obj);
        if (keys.length !== 1) {
          return false;
        }
        const key = keys[0];
        if (key === "Ref") {
          if (obj.Ref === logicalId) {
            obj.Ref = logicalId + " (replaced)";
            ret = true;
          }
          return true;
        }
        if (key.startsWith("Fn::")) {
          if (Array.isArray(obj[key]) && obj[key].length > 0 && obj[key][0] === logicalId) {
            obj[key][0] = logicalId + "(replaced)";
            ret = true;
          }
          return true;
        }
        return false;
      }
      recurse(template);
      return ret;
    }
    function deepCopy(x) {
      if (Array.isArray(x)) {
        return x.map(deepCopy);
      }
      if (typeof x === "object" && x !== null) {
        const ret = {};
        for (const key of Object.keys(x)) {
          ret[key] = deepCopy(x[key]);
        }
        return ret;
      }
      return x;
    }
    function makeAllResourceChangesImports(diff) {
      diff.resources.forEachDifference((_logicalId, change) => {
        change.isImport = true;
      });
    }
    function normalize(template) {
      if (typeof template === "object") {
        for (const key of Object.keys(template ?? {})) {
          if (key === "Fn::GetAtt" && typeof template[key] === "string") {
            template[key] = template[key].split(".");
            continue;
          } else if (key === "DependsOn") {
            if (typeof template[key] === "string") {
              template[key] = [template[key]];
            } else if (Array.isArray(template[key])) {
              template[key] = template[key].sort();
            }
            continue;
          }
          if (Array.isArray(template[key])) {
            for (const element of template[key]) {
              normalize(element);
            }
          } else {
            normalize(template[key]);
          }
        }
      }
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/format-foreach.js
var require_format_foreach = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/format-foreach.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.ForEachDiffFormatter = void 0;
    exports2.isForEachKey = isForEachKey;
    var chalk_1 = __importDefault(require_source());
    var util_1 = require_util();
    var ADDITION = chalk_1.default.green("[+]");
    var UPDATE = chalk_1.default.yellow("[~]");
    var REMOVAL = chalk_1.default.red("[-]");
    var ForEachDiffFormatter = class {
      /**
       * Format a ForEach resource difference
       */
      formatForEach(key, oldValue, newValue) {
        const lines = [];
        const changeType = this.getChangeType(oldValue, newValue);
        const value = newValue ?? oldValue;
        if (!Array.isArray(value) || value.length < 2) {
          lines.push(`${this.changeSymbol(changeType)} ${chalk_1.default.cyan(key)} (unrecognized ForEach structure)`);
          return lines;
        }
        const loopName = key.replace("Fn::ForEach::", "");
        const [collection, templateObj] = value;
        const entries = Object.entries(templateObj);
        if (entries.length === 0) {
          lines.push(`${this.changeSymbol(changeType)} ${chalk_1.default.cyan(key)} (empty ForEach template)`);
          return lines;
        }
        const [[templateKey, templateValue]] = entries;
        const count = Array.isArray(collection) ? `${collection.length} resources` : "dynamic count";
        lines.push(`${this.changeSymbol(changeType)} ${chalk_1.default.cyan(key)} (expands to ${count} at deploy time)`);
        lines.push(`    Loop variable: ${chalk_1.default.blue(loopName)}`);
        lines.push(`    Collection: ${this.formatCollection(collection)}`);
        lines.push(`    \u2514\u2500\u2500 ${templateKey} ${chalk_1.default.cyan(templateValue?.Type ?? "Unknown")}`);
        if (changeType === "update" && oldValue && newValue) {
          const oldProps = oldValue[1]?.[Object.keys(oldValue[1])[0]]?.Properties ?? {};
          const newProps = newValue[1]?.[Object.keys(newValue[1])[0]]?.Properties ?? {};
          const propDiff = this.diffProperties(oldProps, newProps);
          lines.push(...propDiff.map((l) => `        ${l}`));
        } else {
          for (const [propKey, propValue] of Object.entries(templateValue?.Properties ?? {})) {
            lines.push(`        ${propKey}: ${this.formatValue(propValue)}`);
          }
        }
        return lines;
      }
      changeSymbol(type) {
        switch (type) {
          case "add":
            return ADDITION;
          case "remove":
            return REMOVAL;
          case "update":
            return UPDATE;
        }
      }
      formatCollection(collection) {
        if (Array.isArray(collection)) {
          if (collection.length <= 5)
            return JSON.stringify(collection);
          return `[${collection.slice(0, 3).join(", ")}, ... +${collection.length - 3} more]`;
        }
        return JSON.stringify(collection);
      }
      getChangeType(oldVal, newVal) {
        if (!oldVal)
          return "add";
        if (!newVal)
          return "remove";
        return "update";
      }
      formatValue(value) {
        if (typeof value === "string")
          return value;
        return JSON.stringify(value);
      }
      diffProperties(oldProps, newProps) {
        const lines = [];
        const allKeys = /* @__PURE__ */ new Set([...Object.keys(oldProps), ...Object.keys(newProps)]);
        for (const key of allKeys) {
          const oldVal = oldProps[key];
          const newVal = newProps[key];
          if (oldVal === void 0) {
            lines.push(`${ADDITION} ${key}: ${this.formatValue(newVal)}`);
          } else if (newVal === void 0) {
            lines.push(`${REMOVAL} ${key}: ${this.formatValue(oldVal)}`);
          } else if (!(0, util_1.deepEqual)(oldVal, newVal)) {
            lines.push(`${UPDATE} ${key}: ${this.formatValue(oldVal)} \u2192 ${this.formatValue(newVal)}`);
          }
        }
        return lines;
      }
    };
    exports2.ForEachDiffFormatter = ForEachDiffFormatter;
    function isForEachKey(logicalId) {
      return logicalId.startsWith("Fn::ForEach::");
    }
  }
});

// node_modules/ansi-regex/index.js
var require_ansi_regex = __commonJS({
  "node_modules/ansi-regex/index.js"(exports2, module2) {
    "use strict";
    module2.exports = ({ onlyFirst = false } = {}) => {
      const pattern = [
        "[\\u001B\\u009B][[\\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?\\u0007)",
        "(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))"
      ].join("|");
      return new RegExp(pattern, onlyFirst ? void 0 : "g");
    };
  }
});

// node_modules/strip-ansi/index.js
var require_strip_ansi = __commonJS({
  "node_modules/strip-ansi/index.js"(exports2, module2) {
    "use strict";
    var ansiRegex = require_ansi_regex();
    module2.exports = (string) => typeof string === "string" ? string.replace(ansiRegex(), "") : string;
  }
});

// node_modules/is-fullwidth-code-point/index.js
var require_is_fullwidth_code_point = __commonJS({
  "node_modules/is-fullwidth-code-point/index.js"(exports2, module2) {
    "use strict";
    var isFullwidthCodePoint = (codePoint) => {
      if (Number.isNaN(codePoint)) {
        return false;
      }
      if (codePoint >= 4352 && (codePoint <= 4447 || // Hangul Jamo
      codePoint === 9001 || // LEFT-POINTING ANGLE BRACKET
      codePoint === 9002 || // RIGHT-POINTING ANGLE BRACKET
      // CJK Radicals Supplement .. Enclosed CJK Letters and Months
      11904 <= codePoint && codePoint <= 12871 && codePoint !== 12351 || // Enclosed CJK Letters and Months .. CJK Unified Ideographs Extension A
      12880 <= codePoint && codePoint <= 19903 || // CJK Unified Ideographs .. Yi Radicals
      19968 <= codePoint && codePoint <= 42182 || // Hangul Jamo Extended-A
      43360 <= codePoint && codePoint <= 43388 || // Hangul Syllables
      44032 <= codePoint && codePoint <= 55203 || // CJK Compatibility Ideographs
      63744 <= codePoint && codePoint <= 64255 || // Vertical Forms
      65040 <= codePoint && codePoint <= 65049 || // CJK Compatibility Forms .. Small Form Variants
      65072 <= codePoint && codePoint <= 65131 || // Halfwidth and Fullwidth Forms
      65281 <= codePoint && codePoint <= 65376 || 65504 <= codePoint && codePoint <= 65510 || // Kana Supplement
      110592 <= codePoint && codePoint <= 110593 || // Enclosed Ideographic Supplement
      127488 <= codePoint && codePoint <= 127569 || // CJK Unified Ideographs Extension B .. Tertiary Ideographic Plane
      131072 <= codePoint && codePoint <= 262141)) {
        return true;
      }
      return false;
    };
    module2.exports = isFullwidthCodePoint;
    module2.exports.default = isFullwidthCodePoint;
  }
});

// node_modules/emoji-regex/index.js
var require_emoji_regex = __commonJS({
  "node_modules/emoji-regex/index.js"(exports2, module2) {
    "use strict";
    module2.exports = function() {
      return /\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62(?:\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67|\uDB40\uDC73\uDB40\uDC63\uDB40\uDC74|\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73)\uDB40\uDC7F|\uD83D\uDC68(?:\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68\uD83C\uDFFB|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFE])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D)?\uD83D\uDC68|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D[\uDC68\uDC69])\u200D(?:\uD83D[\uDC66\uDC67])|[\u2695\u2696\u2708]\uFE0F|\uD83D[\uDC66\uDC67]|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|(?:\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708])\uFE0F|\uD83C\uDFFB\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C[\uDFFB-\uDFFF])|(?:\uD83E\uDDD1\uD83C\uDFFB\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)\uD83C\uDFFB|\uD83E\uDDD1(?:\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1)|(?:\uD83E\uDDD1\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFF\u200D\uD83E\uDD1D\u200D(?:\uD83D[\uDC68\uDC69]))(?:\uD83C[\uDFFB-\uDFFE])|(?:\uD83E\uDDD1\uD83C\uDFFC\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB\uDFFC])|\uD83D\uDC69(?:\uD83C\uDFFE\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB-\uDFFD\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFC\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFD-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFB\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFC-\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFD\u200D(?:\uD83E\uDD1D\u200D\uD83D\uDC68(?:\uD83C[\uDFFB\uDFFC\uDFFE\uDFFF])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\u200D(?:\u2764\uFE0F\u200D(?:\uD83D\uDC8B\u200D(?:\uD83D[\uDC68\uDC69])|\uD83D[\uDC68\uDC69])|\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD])|\uD83C\uDFFF\u200D(?:\uD83C[\uDF3E\uDF73\uDF93\uDFA4\uDFA8\uDFEB\uDFED]|\uD83D[\uDCBB\uDCBC\uDD27\uDD2C\uDE80\uDE92]|\uD83E[\uDDAF-\uDDB3\uDDBC\uDDBD]))|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67]))|(?:\uD83E\uDDD1\uD83C\uDFFD\u200D\uD83E\uDD1D\u200D\uD83E\uDDD1|\uD83D\uDC69\uD83C\uDFFE\u200D\uD83E\uDD1D\u200D\uD83D\uDC69)(?:\uD83C[\uDFFB-\uDFFD])|\uD83D\uDC69\u200D\uD83D\uDC66\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC69\u200D(?:\uD83D[\uDC66\uDC67])|(?:\uD83D\uDC41\uFE0F\u200D\uD83D\uDDE8|\uD83D\uDC69(?:\uD83C\uDFFF\u200D[\u2695\u2696\u2708]|\uD83C\uDFFE\u200D[\u2695\u2696\u2708]|\uD83C\uDFFC\u200D[\u2695\u2696\u2708]|\uD83C\uDFFB\u200D[\u2695\u2696\u2708]|\uD83C\uDFFD\u200D[\u2695\u2696\u2708]|\u200D[\u2695\u2696\u2708])|(?:(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)\uFE0F|\uD83D\uDC6F|\uD83E[\uDD3C\uDDDE\uDDDF])\u200D[\u2640\u2642]|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:(?:\uD83C[\uDFFB-\uDFFF])\u200D[\u2640\u2642]|\u200D[\u2640\u2642])|\uD83C\uDFF4\u200D\u2620)\uFE0F|\uD83D\uDC69\u200D\uD83D\uDC67\u200D(?:\uD83D[\uDC66\uDC67])|\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08|\uD83D\uDC15\u200D\uD83E\uDDBA|\uD83D\uDC69\u200D\uD83D\uDC66|\uD83D\uDC69\u200D\uD83D\uDC67|\uD83C\uDDFD\uD83C\uDDF0|\uD83C\uDDF4\uD83C\uDDF2|\uD83C\uDDF6\uD83C\uDDE6|[#\*0-9]\uFE0F\u20E3|\uD83C\uDDE7(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEF\uDDF1-\uDDF4\uDDF6-\uDDF9\uDDFB\uDDFC\uDDFE\uDDFF])|\uD83C\uDDF9(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDED\uDDEF-\uDDF4\uDDF7\uDDF9\uDDFB\uDDFC\uDDFF])|\uD83C\uDDEA(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDED\uDDF7-\uDDFA])|\uD83E\uDDD1(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF7(?:\uD83C[\uDDEA\uDDF4\uDDF8\uDDFA\uDDFC])|\uD83D\uDC69(?:\uD83C[\uDFFB-\uDFFF])|\uD83C\uDDF2(?:\uD83C[\uDDE6\uDDE8-\uDDED\uDDF0-\uDDFF])|\uD83C\uDDE6(?:\uD83C[\uDDE8-\uDDEC\uDDEE\uDDF1\uDDF2\uDDF4\uDDF6-\uDDFA\uDDFC\uDDFD\uDDFF])|\uD83C\uDDF0(?:\uD83C[\uDDEA\uDDEC-\uDDEE\uDDF2\uDDF3\uDDF5\uDDF7\uDDFC\uDDFE\uDDFF])|\uD83C\uDDED(?:\uD83C[\uDDF0\uDDF2\uDDF3\uDDF7\uDDF9\uDDFA])|\uD83C\uDDE9(?:\uD83C[\uDDEA\uDDEC\uDDEF\uDDF0\uDDF2\uDDF4\uDDFF])|\uD83C\uDDFE(?:\uD83C[\uDDEA\uDDF9])|\uD83C\uDDEC(?:\uD83C[\uDDE6\uDDE7\uDDE9-\uDDEE\uDDF1-\uDDF3\uDDF5-\uDDFA\uDDFC\uDDFE])|\uD83C\uDDF8(?:\uD83C[\uDDE6-\uDDEA\uDDEC-\uDDF4\uDDF7-\uDDF9\uDDFB\uDDFD-\uDDFF])|\uD83C\uDDEB(?:\uD83C[\uDDEE-\uDDF0\uDDF2\uDDF4\uDDF7])|\uD83C\uDDF5(?:\uD83C[\uDDE6\uDDEA-\uDDED\uDDF0-\uDDF3\uDDF7-\uDDF9\uDDFC\uDDFE])|\uD83C\uDDFB(?:\uD83C[\uDDE6\uDDE8\uDDEA\uDDEC\uDDEE\uDDF3\uDDFA])|\uD83C\uDDF3(?:\uD83C[\uDDE6\uDDE8\uDDEA-\uDDEC\uDDEE\uDDF1\uDDF4\uDDF5\uDDF7\uDDFA\uDDFF])|\uD83C\uDDE8(?:\uD83C[\uDDE6\uDDE8\uDDE9\uDDEB-\uDDEE\uDDF0-\uDDF5\uDDF7\uDDFA-\uDDFF])|\uD83C\uDDF1(?:\uD83C[\uDDE6-\uDDE8\uDDEE\uDDF0\uDDF7-\uDDFB\uDDFE])|\uD83C\uDDFF(?:\uD83C[\uDDE6\uDDF2\uDDFC])|\uD83C\uDDFC(?:\uD83C[\uDDEB\uDDF8])|\uD83C\uDDFA(?:\uD83C[\uDDE6\uDDEC\uDDF2\uDDF3\uDDF8\uDDFE\uDDFF])|\uD83C\uDDEE(?:\uD83C[\uDDE8-\uDDEA\uDDF1-\uDDF4\uDDF6-\uDDF9])|\uD83C\uDDEF(?:\uD83C[\uDDEA\uDDF2\uDDF4\uDDF5])|(?:\uD83C[\uDFC3\uDFC4\uDFCA]|\uD83D[\uDC6E\uDC71\uDC73\uDC77\uDC81\uDC82\uDC86\uDC87\uDE45-\uDE47\uDE4B\uDE4D\uDE4E\uDEA3\uDEB4-\uDEB6]|\uD83E[\uDD26\uDD37-\uDD39\uDD3D\uDD3E\uDDB8\uDDB9\uDDCD-\uDDCF\uDDD6-\uDDDD])(?:\uD83C[\uDFFB-\uDFFF])|(?:\u26F9|\uD83C[\uDFCB\uDFCC]|\uD83D\uDD75)(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u261D\u270A-\u270D]|\uD83C[\uDF85\uDFC2\uDFC7]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66\uDC67\uDC6B-\uDC6D\uDC70\uDC72\uDC74-\uDC76\uDC78\uDC7C\uDC83\uDC85\uDCAA\uDD74\uDD7A\uDD90\uDD95\uDD96\uDE4C\uDE4F\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1C\uDD1E\uDD1F\uDD30-\uDD36\uDDB5\uDDB6\uDDBB\uDDD2-\uDDD5])(?:\uD83C[\uDFFB-\uDFFF])|(?:[\u231A\u231B\u23E9-\u23EC\u23F0\u23F3\u25FD\u25FE\u2614\u2615\u2648-\u2653\u267F\u2693\u26A1\u26AA\u26AB\u26BD\u26BE\u26C4\u26C5\u26CE\u26D4\u26EA\u26F2\u26F3\u26F5\u26FA\u26FD\u2705\u270A\u270B\u2728\u274C\u274E\u2753-\u2755\u2757\u2795-\u2797\u27B0\u27BF\u2B1B\u2B1C\u2B50\u2B55]|\uD83C[\uDC04\uDCCF\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE1A\uDE2F\uDE32-\uDE36\uDE38-\uDE3A\uDE50\uDE51\uDF00-\uDF20\uDF2D-\uDF35\uDF37-\uDF7C\uDF7E-\uDF93\uDFA0-\uDFCA\uDFCF-\uDFD3\uDFE0-\uDFF0\uDFF4\uDFF8-\uDFFF]|\uD83D[\uDC00-\uDC3E\uDC40\uDC42-\uDCFC\uDCFF-\uDD3D\uDD4B-\uDD4E\uDD50-\uDD67\uDD7A\uDD95\uDD96\uDDA4\uDDFB-\uDE4F\uDE80-\uDEC5\uDECC\uDED0-\uDED2\uDED5\uDEEB\uDEEC\uDEF4-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])|(?:[#\*0-9\xA9\xAE\u203C\u2049\u2122\u2139\u2194-\u2199\u21A9\u21AA\u231A\u231B\u2328\u23CF\u23E9-\u23F3\u23F8-\u23FA\u24C2\u25AA\u25AB\u25B6\u25C0\u25FB-\u25FE\u2600-\u2604\u260E\u2611\u2614\u2615\u2618\u261D\u2620\u2622\u2623\u2626\u262A\u262E\u262F\u2638-\u263A\u2640\u2642\u2648-\u2653\u265F\u2660\u2663\u2665\u2666\u2668\u267B\u267E\u267F\u2692-\u2697\u2699\u269B\u269C\u26A0\u26A1\u26AA\u26AB\u26B0\u26B1\u26BD\u26BE\u26C4\u26C5\u26C8\u26CE\u26CF\u26D1\u26D3\u26D4\u26E9\u26EA\u26F0-\u26F5\u26F7-\u26FA\u26FD\u2702\u2705\u2708-\u270D\u270F\u2712\u2714\u2716\u271D\u2721\u2728\u2733\u2734\u2744\u2747\u274C\u274E\u2753-\u2755\u2757\u2763\u2764\u2795-\u2797\u27A1\u27B0\u27BF\u2934\u2935\u2B05-\u2B07\u2B1B\u2B1C\u2B50\u2B55\u3030\u303D\u3297\u3299]|\uD83C[\uDC04\uDCCF\uDD70\uDD71\uDD7E\uDD7F\uDD8E\uDD91-\uDD9A\uDDE6-\uDDFF\uDE01\uDE02\uDE1A\uDE2F\uDE32-\uDE3A\uDE50\uDE51\uDF00-\uDF21\uDF24-\uDF93\uDF96\uDF97\uDF99-\uDF9B\uDF9E-\uDFF0\uDFF3-\uDFF5\uDFF7-\uDFFF]|\uD83D[\uDC00-\uDCFD\uDCFF-\uDD3D\uDD49-\uDD4E\uDD50-\uDD67\uDD6F\uDD70\uDD73-\uDD7A\uDD87\uDD8A-\uDD8D\uDD90\uDD95\uDD96\uDDA4\uDDA5\uDDA8\uDDB1\uDDB2\uDDBC\uDDC2-\uDDC4\uDDD1-\uDDD3\uDDDC-\uDDDE\uDDE1\uDDE3\uDDE8\uDDEF\uDDF3\uDDFA-\uDE4F\uDE80-\uDEC5\uDECB-\uDED2\uDED5\uDEE0-\uDEE5\uDEE9\uDEEB\uDEEC\uDEF0\uDEF3-\uDEFA\uDFE0-\uDFEB]|\uD83E[\uDD0D-\uDD3A\uDD3C-\uDD45\uDD47-\uDD71\uDD73-\uDD76\uDD7A-\uDDA2\uDDA5-\uDDAA\uDDAE-\uDDCA\uDDCD-\uDDFF\uDE70-\uDE73\uDE78-\uDE7A\uDE80-\uDE82\uDE90-\uDE95])\uFE0F|(?:[\u261D\u26F9\u270A-\u270D]|\uD83C[\uDF85\uDFC2-\uDFC4\uDFC7\uDFCA-\uDFCC]|\uD83D[\uDC42\uDC43\uDC46-\uDC50\uDC66-\uDC78\uDC7C\uDC81-\uDC83\uDC85-\uDC87\uDC8F\uDC91\uDCAA\uDD74\uDD75\uDD7A\uDD90\uDD95\uDD96\uDE45-\uDE47\uDE4B-\uDE4F\uDEA3\uDEB4-\uDEB6\uDEC0\uDECC]|\uD83E[\uDD0F\uDD18-\uDD1F\uDD26\uDD30-\uDD39\uDD3C-\uDD3E\uDDB5\uDDB6\uDDB8\uDDB9\uDDBB\uDDCD-\uDDCF\uDDD1-\uDDDD])/g;
    };
  }
});

// node_modules/string-width/index.js
var require_string_width = __commonJS({
  "node_modules/string-width/index.js"(exports2, module2) {
    "use strict";
    var stripAnsi = require_strip_ansi();
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var emojiRegex = require_emoji_regex();
    var stringWidth = (string) => {
      if (typeof string !== "string" || string.length === 0) {
        return 0;
      }
      string = stripAnsi(string);
      if (string.length === 0) {
        return 0;
      }
      string = string.replace(emojiRegex(), "  ");
      let width = 0;
      for (let i = 0; i < string.length; i++) {
        const code = string.codePointAt(i);
        if (code <= 31 || code >= 127 && code <= 159) {
          continue;
        }
        if (code >= 768 && code <= 879) {
          continue;
        }
        if (code > 65535) {
          i++;
        }
        width += isFullwidthCodePoint(code) ? 2 : 1;
      }
      return width;
    };
    module2.exports = stringWidth;
    module2.exports.default = stringWidth;
  }
});

// node_modules/astral-regex/index.js
var require_astral_regex = __commonJS({
  "node_modules/astral-regex/index.js"(exports2, module2) {
    "use strict";
    var regex = "[\uD800-\uDBFF][\uDC00-\uDFFF]";
    var astralRegex = (options) => options && options.exact ? new RegExp(`^${regex}$`) : new RegExp(regex, "g");
    module2.exports = astralRegex;
  }
});

// node_modules/slice-ansi/index.js
var require_slice_ansi = __commonJS({
  "node_modules/slice-ansi/index.js"(exports2, module2) {
    "use strict";
    var isFullwidthCodePoint = require_is_fullwidth_code_point();
    var astralRegex = require_astral_regex();
    var ansiStyles = require_ansi_styles();
    var ESCAPES = [
      "\x1B",
      "\x9B"
    ];
    var wrapAnsi = (code) => `${ESCAPES[0]}[${code}m`;
    var checkAnsi = (ansiCodes, isEscapes, endAnsiCode) => {
      let output = [];
      ansiCodes = [...ansiCodes];
      for (let ansiCode of ansiCodes) {
        const ansiCodeOrigin = ansiCode;
        if (ansiCode.includes(";")) {
          ansiCode = ansiCode.split(";")[0][0] + "0";
        }
        const item = ansiStyles.codes.get(Number.parseInt(ansiCode, 10));
        if (item) {
          const indexEscape = ansiCodes.indexOf(item.toString());
          if (indexEscape === -1) {
            output.push(wrapAnsi(isEscapes ? item : ansiCodeOrigin));
          } else {
            ansiCodes.splice(indexEscape, 1);
          }
        } else if (isEscapes) {
          output.push(wrapAnsi(0));
          break;
        } else {
          output.push(wrapAnsi(ansiCodeOrigin));
        }
      }
      if (isEscapes) {
        output = output.filter((element, index) => output.indexOf(element) === index);
        if (endAnsiCode !== void 0) {
          const fistEscapeCode = wrapAnsi(ansiStyles.codes.get(Number.parseInt(endAnsiCode, 10)));
          output = output.reduce((current, next) => next === fistEscapeCode ? [next, ...current] : [...current, next], []);
        }
      }
      return output.join("");
    };
    module2.exports = (string, begin, end) => {
      const characters = [...string];
      const ansiCodes = [];
      let stringEnd = typeof end === "number" ? end : characters.length;
      let isInsideEscape = false;
      let ansiCode;
      let visible = 0;
      let output = "";
      for (const [index, character] of characters.entries()) {
        let leftEscape = false;
        if (ESCAPES.includes(character)) {
          const code = /\d[^m]*/.exec(string.slice(index, index + 18));
          ansiCode = code && code.length > 0 ? code[0] : void 0;
          if (visible < stringEnd) {
            isInsideEscape = true;
            if (ansiCode !== void 0) {
              ansiCodes.push(ansiCode);
            }
          }
        } else if (isInsideEscape && character === "m") {
          isInsideEscape = false;
          leftEscape = true;
        }
        if (!isInsideEscape && !leftEscape) {
          visible++;
        }
        if (!astralRegex({ exact: true }).test(character) && isFullwidthCodePoint(character.codePointAt())) {
          visible++;
          if (typeof end !== "number") {
            stringEnd++;
          }
        }
        if (visible > begin && visible <= stringEnd) {
          output += character;
        } else if (visible === begin && !isInsideEscape && ansiCode !== void 0) {
          output = checkAnsi(ansiCodes);
        } else if (visible >= stringEnd) {
          output += checkAnsi(ansiCodes, true, ansiCode);
          break;
        }
      }
      return output;
    };
  }
});

// node_modules/table/dist/src/getBorderCharacters.js
var require_getBorderCharacters = __commonJS({
  "node_modules/table/dist/src/getBorderCharacters.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getBorderCharacters = void 0;
    var getBorderCharacters = (name) => {
      if (name === "honeywell") {
        return {
          topBody: "\u2550",
          topJoin: "\u2564",
          topLeft: "\u2554",
          topRight: "\u2557",
          bottomBody: "\u2550",
          bottomJoin: "\u2567",
          bottomLeft: "\u255A",
          bottomRight: "\u255D",
          bodyLeft: "\u2551",
          bodyRight: "\u2551",
          bodyJoin: "\u2502",
          headerJoin: "\u252C",
          joinBody: "\u2500",
          joinLeft: "\u255F",
          joinRight: "\u2562",
          joinJoin: "\u253C",
          joinMiddleDown: "\u252C",
          joinMiddleUp: "\u2534",
          joinMiddleLeft: "\u2524",
          joinMiddleRight: "\u251C"
        };
      }
      if (name === "norc") {
        return {
          topBody: "\u2500",
          topJoin: "\u252C",
          topLeft: "\u250C",
          topRight: "\u2510",
          bottomBody: "\u2500",
          bottomJoin: "\u2534",
          bottomLeft: "\u2514",
          bottomRight: "\u2518",
          bodyLeft: "\u2502",
          bodyRight: "\u2502",
          bodyJoin: "\u2502",
          headerJoin: "\u252C",
          joinBody: "\u2500",
          joinLeft: "\u251C",
          joinRight: "\u2524",
          joinJoin: "\u253C",
          joinMiddleDown: "\u252C",
          joinMiddleUp: "\u2534",
          joinMiddleLeft: "\u2524",
          joinMiddleRight: "\u251C"
        };
      }
      if (name === "ramac") {
        return {
          topBody: "-",
          topJoin: "+",
          topLeft: "+",
          topRight: "+",
          bottomBody: "-",
          bottomJoin: "+",
          bottomLeft: "+",
          bottomRight: "+",
          bodyLeft: "|",
          bodyRight: "|",
          bodyJoin: "|",
          headerJoin: "+",
          joinBody: "-",
          joinLeft: "|",
          joinRight: "|",
          joinJoin: "|",
          joinMiddleDown: "+",
          joinMiddleUp: "+",
          joinMiddleLeft: "+",
          joinMiddleRight: "+"
        };
      }
      if (name === "void") {
        return {
          topBody: "",
          topJoin: "",
          topLeft: "",
          topRight: "",
          bottomBody: "",
          bottomJoin: "",
          bottomLeft: "",
          bottomRight: "",
          bodyLeft: "",
          bodyRight: "",
          bodyJoin: "",
          headerJoin: "",
          joinBody: "",
          joinLeft: "",
          joinRight: "",
          joinJoin: "",
          joinMiddleDown: "",
          joinMiddleUp: "",
          joinMiddleLeft: "",
          joinMiddleRight: ""
        };
      }
      throw new Error('Unknown border template "' + name + '".');
    };
    exports2.getBorderCharacters = getBorderCharacters;
  }
});

// node_modules/table/dist/src/utils.js
var require_utils = __commonJS({
  "node_modules/table/dist/src/utils.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.isCellInRange = exports2.areCellEqual = exports2.calculateRangeCoordinate = exports2.flatten = exports2.extractTruncates = exports2.sumArray = exports2.sequence = exports2.distributeUnevenly = exports2.countSpaceSequence = exports2.groupBySizes = exports2.makeBorderConfig = exports2.splitAnsi = exports2.normalizeString = exports2.sliceAnsi = exports2.stringWidth = exports2.stripAnsi = exports2.calculateSliceLength = exports2.splitGraphemes = void 0;
    var slice_ansi_1 = __importDefault(require_slice_ansi());
    var string_width_1 = __importDefault(require_string_width());
    var strip_ansi_1 = __importDefault(require_strip_ansi());
    var getBorderCharacters_1 = require_getBorderCharacters();
    var graphemeRegex = new RegExp("\\p{Regional_Indicator}{2}|[\\s\\S][\\p{M}\\p{Emoji_Modifier}\\u{E0020}-\\u{E007F}]*(?:\\u200D[\\s\\S][\\p{M}\\p{Emoji_Modifier}\\u{E0020}-\\u{E007F}]*)*", "gu");
    var printableAsciiRegex = /^[\u0020-\u007E]+$/u;
    var countSlicePositions = (grapheme) => {
      let positions = 0;
      for (const codePoint of grapheme) {
        positions += (0, slice_ansi_1.default)(codePoint, 0, 1) === "" ? 2 : 1;
      }
      return positions;
    };
    var graphemeCache = /* @__PURE__ */ new Map();
    var measureGrapheme = (value) => {
      let grapheme = graphemeCache.get(value);
      if (!grapheme) {
        if (graphemeCache.size >= 1e4) {
          graphemeCache.clear();
        }
        grapheme = {
          positions: countSlicePositions(value),
          value,
          width: (0, string_width_1.default)(value)
        };
        graphemeCache.set(value, grapheme);
      }
      return grapheme;
    };
    var splitGraphemes = (subject) => {
      var _a;
      if (printableAsciiRegex.test(subject)) {
        return Array.from(subject, (value) => {
          return {
            positions: 1,
            value,
            width: 1
          };
        });
      }
      return ((_a = subject.match(graphemeRegex)) !== null && _a !== void 0 ? _a : []).map(measureGrapheme);
    };
    exports2.splitGraphemes = splitGraphemes;
    var calculateSliceLength = (subject, maximumWidth) => {
      if (maximumWidth >= 1 && printableAsciiRegex.test(subject.slice(0, maximumWidth + 1))) {
        return Math.min(subject.length, maximumWidth);
      }
      const regex = new RegExp(graphemeRegex);
      let width = 0;
      let positions = 0;
      for (let match = regex.exec(subject); match; match = regex.exec(subject)) {
        const grapheme = measureGrapheme(match[0]);
        if (positions > 0 && width + grapheme.width > maximumWidth) {
          break;
        }
        width += grapheme.width;
        positions += grapheme.positions;
      }
      return positions;
    };
    exports2.calculateSliceLength = calculateSliceLength;
    var hyperlinkRegex = /(\u001B\]|\u009D)8;[^\u0007\u001B\u009C;]*;([^\u0007\u001B\u009C]*)(\u0007|\u001B\\|\u009C)/gu;
    var containsHyperlink = (input) => {
      return input.includes("]8;") || input.includes("\x9D8;");
    };
    var removeHyperlinks = (input) => {
      return containsHyperlink(input) ? input.replace(hyperlinkRegex, "") : input;
    };
    var stripAnsi = (input) => {
      return (0, strip_ansi_1.default)(removeHyperlinks(input));
    };
    exports2.stripAnsi = stripAnsi;
    var stringWidth = (input) => {
      return (0, string_width_1.default)(removeHyperlinks(input));
    };
    exports2.stringWidth = stringWidth;
    var splitHyperlinks = (input) => {
      const regex = new RegExp(hyperlinkRegex);
      const runs = [];
      let plain = "";
      let position = 0;
      let start = 0;
      let link;
      let lastIndex = 0;
      const appendText = (text) => {
        plain += text;
        position += (0, exports2.calculateSliceLength)((0, strip_ansi_1.default)(text), Number.POSITIVE_INFINITY);
        if (position > start) {
          runs.push({
            end: position,
            link,
            start
          });
          start = position;
        }
      };
      for (let match = regex.exec(input); match; match = regex.exec(input)) {
        appendText(input.slice(lastIndex, match.index));
        const [escapeSequence, introducer, uri, terminator] = match;
        link = uri ? {
          close: introducer + "8;;" + terminator,
          open: escapeSequence
        } : void 0;
        lastIndex = regex.lastIndex;
      }
      appendText(input.slice(lastIndex));
      return {
        plain,
        runs
      };
    };
    var sliceAnsi = (input, begin, end) => {
      if (!containsHyperlink(input)) {
        return (0, slice_ansi_1.default)(input, begin, end);
      }
      const { plain, runs } = splitHyperlinks(input);
      if (!runs.some(({ link }) => {
        return link;
      })) {
        return (0, slice_ansi_1.default)(plain, begin, end);
      }
      return runs.map(({ end: runEnd, link, start }) => {
        const from = Math.max(begin, start);
        const to = Math.min(end !== null && end !== void 0 ? end : Number.POSITIVE_INFINITY, runEnd);
        if (from >= to) {
          return "";
        }
        const text = (0, slice_ansi_1.default)(plain, from, to);
        return link ? link.open + text + link.close : text;
      }).join("");
    };
    exports2.sliceAnsi = sliceAnsi;
    var normalizeString = (input) => {
      return input.replace(/\r\n/g, "\n");
    };
    exports2.normalizeString = normalizeString;
    var splitAnsi = (input) => {
      const lengths = (0, exports2.stripAnsi)(input).split("\n").map((line) => {
        return (0, exports2.calculateSliceLength)(line, Number.POSITIVE_INFINITY);
      });
      const result = [];
      let startIndex = 0;
      lengths.forEach((length) => {
        result.push(length === 0 ? "" : (0, exports2.sliceAnsi)(input, startIndex, startIndex + length));
        startIndex += length + 1;
      });
      return result;
    };
    exports2.splitAnsi = splitAnsi;
    var makeBorderConfig = (border) => {
      return {
        ...(0, getBorderCharacters_1.getBorderCharacters)("honeywell"),
        ...border
      };
    };
    exports2.makeBorderConfig = makeBorderConfig;
    var groupBySizes = (array, sizes) => {
      let startIndex = 0;
      return sizes.map((size) => {
        const group = array.slice(startIndex, startIndex + size);
        startIndex += size;
        return group;
      });
    };
    exports2.groupBySizes = groupBySizes;
    var countSpaceSequence = (input) => {
      var _a, _b;
      return (_b = (_a = input.match(/\s+/g)) === null || _a === void 0 ? void 0 : _a.length) !== null && _b !== void 0 ? _b : 0;
    };
    exports2.countSpaceSequence = countSpaceSequence;
    var distributeUnevenly = (sum, length) => {
      const result = Array.from({ length }).fill(Math.floor(sum / length));
      return result.map((element, index) => {
        return element + (index < sum % length ? 1 : 0);
      });
    };
    exports2.distributeUnevenly = distributeUnevenly;
    var sequence = (start, end) => {
      return Array.from({ length: end - start + 1 }, (_, index) => {
        return index + start;
      });
    };
    exports2.sequence = sequence;
    var sumArray = (array) => {
      return array.reduce((accumulator, element) => {
        return accumulator + element;
      }, 0);
    };
    exports2.sumArray = sumArray;
    var extractTruncates = (config) => {
      return config.columns.map(({ truncate }) => {
        return truncate;
      });
    };
    exports2.extractTruncates = extractTruncates;
    var flatten = (array) => {
      const destination = [];
      const arrayLength = array.length;
      for (let index = 0; index < arrayLength; index++) {
        destination.push(...array[index]);
      }
      return destination;
    };
    exports2.flatten = flatten;
    var calculateRangeCoordinate = (spanningCellConfig) => {
      const { row, col, colSpan = 1, rowSpan = 1 } = spanningCellConfig;
      return {
        bottomRight: {
          col: col + colSpan - 1,
          row: row + rowSpan - 1
        },
        topLeft: {
          col,
          row
        }
      };
    };
    exports2.calculateRangeCoordinate = calculateRangeCoordinate;
    var areCellEqual = (cell1, cell2) => {
      return cell1.row === cell2.row && cell1.col === cell2.col;
    };
    exports2.areCellEqual = areCellEqual;
    var isCellInRange = (cell, { topLeft, bottomRight }) => {
      return topLeft.row <= cell.row && cell.row <= bottomRight.row && topLeft.col <= cell.col && cell.col <= bottomRight.col;
    };
    exports2.isCellInRange = isCellInRange;
  }
});

// node_modules/table/dist/src/alignString.js
var require_alignString = __commonJS({
  "node_modules/table/dist/src/alignString.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.alignString = void 0;
    var utils_1 = require_utils();
    var alignLeft = (subject, width) => {
      return subject + " ".repeat(width);
    };
    var alignRight = (subject, width) => {
      return " ".repeat(width) + subject;
    };
    var alignCenter = (subject, width) => {
      return " ".repeat(Math.floor(width / 2)) + subject + " ".repeat(Math.ceil(width / 2));
    };
    var alignJustify = (subject, width) => {
      const spaceSequenceCount = (0, utils_1.countSpaceSequence)(subject);
      if (spaceSequenceCount === 0) {
        return alignLeft(subject, width);
      }
      const addingSpaces = (0, utils_1.distributeUnevenly)(width, spaceSequenceCount);
      if (Math.max(...addingSpaces) > 3) {
        return alignLeft(subject, width);
      }
      let spaceSequenceIndex = 0;
      return subject.replace(/\s+/g, (groupSpace) => {
        return groupSpace + " ".repeat(addingSpaces[spaceSequenceIndex++]);
      });
    };
    var alignString = (subject, containerWidth, alignment) => {
      const subjectWidth = (0, utils_1.stringWidth)(subject);
      if (subjectWidth === containerWidth) {
        return subject;
      }
      if (subjectWidth > containerWidth) {
        throw new Error("Subject parameter value width cannot be greater than the container width.");
      }
      if (subjectWidth === 0) {
        return " ".repeat(containerWidth);
      }
      const availableWidth = containerWidth - subjectWidth;
      if (alignment === "left") {
        return alignLeft(subject, availableWidth);
      }
      if (alignment === "right") {
        return alignRight(subject, availableWidth);
      }
      if (alignment === "justify") {
        return alignJustify(subject, availableWidth);
      }
      return alignCenter(subject, availableWidth);
    };
    exports2.alignString = alignString;
  }
});

// node_modules/table/dist/src/alignTableData.js
var require_alignTableData = __commonJS({
  "node_modules/table/dist/src/alignTableData.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.alignTableData = void 0;
    var alignString_1 = require_alignString();
    var alignTableData = (rows, config) => {
      return rows.map((row, rowIndex) => {
        return row.map((cell, cellIndex) => {
          var _a;
          const { width, alignment } = config.columns[cellIndex];
          const containingRange = (_a = config.spanningCellManager) === null || _a === void 0 ? void 0 : _a.getContainingRange({
            col: cellIndex,
            row: rowIndex
          }, { mapped: true });
          if (containingRange) {
            return cell;
          }
          return (0, alignString_1.alignString)(cell, width, alignment);
        });
      });
    };
    exports2.alignTableData = alignTableData;
  }
});

// node_modules/table/dist/src/wrapString.js
var require_wrapString = __commonJS({
  "node_modules/table/dist/src/wrapString.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.wrapString = void 0;
    var utils_1 = require_utils();
    var wrapString = (subject, size) => {
      let subjectSlice = subject;
      const chunks = [];
      do {
        const chunkLength = (0, utils_1.calculateSliceLength)((0, utils_1.stripAnsi)(subjectSlice), size);
        chunks.push((0, utils_1.sliceAnsi)(subjectSlice, 0, chunkLength));
        subjectSlice = (0, utils_1.sliceAnsi)(subjectSlice, chunkLength).trim();
      } while ((0, utils_1.stringWidth)(subjectSlice));
      return chunks;
    };
    exports2.wrapString = wrapString;
  }
});

// node_modules/table/dist/src/wrapWord.js
var require_wrapWord = __commonJS({
  "node_modules/table/dist/src/wrapWord.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.wrapWord = void 0;
    var utils_1 = require_utils();
    var countColumns = (grapheme) => {
      return Math.max(grapheme.width, 1);
    };
    var calculateStringLengths = (input, size) => {
      const graphemes = (0, utils_1.splitGraphemes)((0, utils_1.stripAnsi)(input));
      const width = Math.max(size, 1);
      const re = new RegExp("(^.{1," + String(width) + "}(\\s+|$))|(^.{1," + String(Math.max(size - 1, 1)) + "}(\\\\|/|_|\\.|,|;|-))");
      let subject = graphemes.map((grapheme) => {
        return (grapheme.value.length === 1 ? grapheme.value : "x").repeat(countColumns(grapheme));
      }).join("");
      let index = 0;
      const consumePositions = (columns) => {
        let positions = 0;
        let remainingColumns = columns;
        while (remainingColumns > 0 && index < graphemes.length) {
          remainingColumns -= countColumns(graphemes[index]);
          positions += graphemes[index].positions;
          index += 1;
        }
        return positions;
      };
      const chunks = [];
      do {
        const match = re.exec(subject);
        let lineColumns;
        let chunkColumns;
        if (match) {
          chunkColumns = match[0].length;
          lineColumns = match[0].trimEnd().length;
        } else {
          lineColumns = index < graphemes.length ? countColumns(graphemes[index]) : 0;
          for (let next = index + 1; next < graphemes.length && lineColumns + countColumns(graphemes[next]) <= width; next += 1) {
            lineColumns += countColumns(graphemes[next]);
          }
          chunkColumns = lineColumns;
        }
        chunks.push([consumePositions(lineColumns), consumePositions(chunkColumns - lineColumns)]);
        subject = subject.slice(chunkColumns);
      } while (subject.length);
      return chunks;
    };
    var wrapWord = (input, size) => {
      const result = [];
      let startIndex = 0;
      calculateStringLengths(input, size).forEach(([length, offset]) => {
        result.push((0, utils_1.sliceAnsi)(input, startIndex, startIndex + length));
        startIndex += length + offset;
      });
      return result;
    };
    exports2.wrapWord = wrapWord;
  }
});

// node_modules/table/dist/src/wrapCell.js
var require_wrapCell = __commonJS({
  "node_modules/table/dist/src/wrapCell.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.wrapCell = void 0;
    var utils_1 = require_utils();
    var wrapString_1 = require_wrapString();
    var wrapWord_1 = require_wrapWord();
    var wrapCell = (cellValue, cellWidth, useWrapWord) => {
      const cellLines = (0, utils_1.splitAnsi)(cellValue);
      for (let lineNr = 0; lineNr < cellLines.length; ) {
        let lineChunks;
        if (useWrapWord) {
          lineChunks = (0, wrapWord_1.wrapWord)(cellLines[lineNr], cellWidth);
        } else {
          lineChunks = (0, wrapString_1.wrapString)(cellLines[lineNr], cellWidth);
        }
        cellLines.splice(lineNr, 1, ...lineChunks);
        lineNr += lineChunks.length;
      }
      return cellLines;
    };
    exports2.wrapCell = wrapCell;
  }
});

// node_modules/table/dist/src/calculateCellHeight.js
var require_calculateCellHeight = __commonJS({
  "node_modules/table/dist/src/calculateCellHeight.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.calculateCellHeight = void 0;
    var wrapCell_1 = require_wrapCell();
    var calculateCellHeight = (value, columnWidth, useWrapWord = false) => {
      return (0, wrapCell_1.wrapCell)(value, columnWidth, useWrapWord).length;
    };
    exports2.calculateCellHeight = calculateCellHeight;
  }
});

// node_modules/table/dist/src/calculateRowHeights.js
var require_calculateRowHeights = __commonJS({
  "node_modules/table/dist/src/calculateRowHeights.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.calculateRowHeights = void 0;
    var calculateCellHeight_1 = require_calculateCellHeight();
    var utils_1 = require_utils();
    var calculateRowHeights = (rows, config) => {
      const rowHeights = [];
      for (const [rowIndex, row] of rows.entries()) {
        let rowHeight = 1;
        row.forEach((cell, cellIndex) => {
          var _a;
          const containingRange = (_a = config.spanningCellManager) === null || _a === void 0 ? void 0 : _a.getContainingRange({
            col: cellIndex,
            row: rowIndex
          });
          if (!containingRange) {
            const cellHeight = (0, calculateCellHeight_1.calculateCellHeight)(cell, config.columns[cellIndex].width, config.columns[cellIndex].wrapWord);
            rowHeight = Math.max(rowHeight, cellHeight);
            return;
          }
          const { topLeft, bottomRight, height } = containingRange;
          if (rowIndex === bottomRight.row) {
            const totalOccupiedSpanningCellHeight = (0, utils_1.sumArray)(rowHeights.slice(topLeft.row));
            const totalHorizontalBorderHeight = bottomRight.row - topLeft.row;
            const totalHiddenHorizontalBorderHeight = (0, utils_1.sequence)(topLeft.row + 1, bottomRight.row).filter((horizontalBorderIndex) => {
              var _a2;
              return !((_a2 = config.drawHorizontalLine) === null || _a2 === void 0 ? void 0 : _a2.call(config, horizontalBorderIndex, rows.length));
            }).length;
            const cellHeight = height - totalOccupiedSpanningCellHeight - totalHorizontalBorderHeight + totalHiddenHorizontalBorderHeight;
            rowHeight = Math.max(rowHeight, cellHeight);
          }
        });
        rowHeights.push(rowHeight);
      }
      return rowHeights;
    };
    exports2.calculateRowHeights = calculateRowHeights;
  }
});

// node_modules/table/dist/src/drawContent.js
var require_drawContent = __commonJS({
  "node_modules/table/dist/src/drawContent.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.drawContent = void 0;
    var drawContent = (parameters) => {
      const { contents, separatorGetter, drawSeparator, spanningCellManager, rowIndex, elementType } = parameters;
      const contentSize = contents.length;
      const result = [];
      if (drawSeparator(0, contentSize)) {
        result.push(separatorGetter(0, contentSize));
      }
      contents.forEach((content, contentIndex) => {
        if (!elementType || elementType === "border" || elementType === "row") {
          result.push(content);
        }
        if (elementType === "cell" && rowIndex === void 0) {
          result.push(content);
        }
        if (elementType === "cell" && rowIndex !== void 0) {
          const containingRange = spanningCellManager === null || spanningCellManager === void 0 ? void 0 : spanningCellManager.getContainingRange({
            col: contentIndex,
            row: rowIndex
          });
          if (!containingRange || contentIndex === containingRange.topLeft.col) {
            result.push(content);
          }
        }
        if (contentIndex + 1 < contentSize && drawSeparator(contentIndex + 1, contentSize)) {
          const separator = separatorGetter(contentIndex + 1, contentSize);
          if (elementType === "cell" && rowIndex !== void 0) {
            const currentCell = {
              col: contentIndex + 1,
              row: rowIndex
            };
            const containingRange = spanningCellManager === null || spanningCellManager === void 0 ? void 0 : spanningCellManager.getContainingRange(currentCell);
            if (!containingRange || containingRange.topLeft.col === currentCell.col) {
              result.push(separator);
            }
          } else {
            result.push(separator);
          }
        }
      });
      if (drawSeparator(contentSize, contentSize)) {
        result.push(separatorGetter(contentSize, contentSize));
      }
      return result.join("");
    };
    exports2.drawContent = drawContent;
  }
});

// node_modules/table/dist/src/drawBorder.js
var require_drawBorder = __commonJS({
  "node_modules/table/dist/src/drawBorder.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createTableBorderGetter = exports2.drawBorderBottom = exports2.drawBorderJoin = exports2.drawBorderTop = exports2.drawBorder = exports2.createSeparatorGetter = exports2.drawBorderSegments = void 0;
    var drawContent_1 = require_drawContent();
    var drawBorderSegments = (columnWidths, parameters) => {
      const { separator, horizontalBorderIndex, spanningCellManager } = parameters;
      return columnWidths.map((columnWidth, columnIndex) => {
        const normalSegment = separator.body.repeat(columnWidth);
        if (horizontalBorderIndex === void 0) {
          return normalSegment;
        }
        const range = spanningCellManager === null || spanningCellManager === void 0 ? void 0 : spanningCellManager.getContainingRange({
          col: columnIndex,
          row: horizontalBorderIndex
        });
        if (!range) {
          return normalSegment;
        }
        const { topLeft } = range;
        if (horizontalBorderIndex === topLeft.row) {
          return normalSegment;
        }
        if (columnIndex !== topLeft.col) {
          return "";
        }
        return range.extractBorderContent(horizontalBorderIndex);
      });
    };
    exports2.drawBorderSegments = drawBorderSegments;
    var createSeparatorGetter = (dependencies) => {
      const { separator, spanningCellManager, horizontalBorderIndex, rowCount } = dependencies;
      return (verticalBorderIndex, columnCount) => {
        const inSameRange = spanningCellManager === null || spanningCellManager === void 0 ? void 0 : spanningCellManager.inSameRange;
        if (horizontalBorderIndex !== void 0 && inSameRange) {
          const topCell = {
            col: verticalBorderIndex,
            row: horizontalBorderIndex - 1
          };
          const leftCell = {
            col: verticalBorderIndex - 1,
            row: horizontalBorderIndex
          };
          const oppositeCell = {
            col: verticalBorderIndex - 1,
            row: horizontalBorderIndex - 1
          };
          const currentCell = {
            col: verticalBorderIndex,
            row: horizontalBorderIndex
          };
          const pairs = [
            [oppositeCell, topCell],
            [topCell, currentCell],
            [currentCell, leftCell],
            [leftCell, oppositeCell]
          ];
          if (verticalBorderIndex === 0) {
            if (inSameRange(currentCell, topCell) && separator.bodyJoinOuter) {
              return separator.bodyJoinOuter;
            }
            return separator.left;
          }
          if (verticalBorderIndex === columnCount) {
            if (inSameRange(oppositeCell, leftCell) && separator.bodyJoinOuter) {
              return separator.bodyJoinOuter;
            }
            return separator.right;
          }
          if (horizontalBorderIndex === 0) {
            if (inSameRange(currentCell, leftCell)) {
              return separator.body;
            }
            return separator.join;
          }
          if (horizontalBorderIndex === rowCount) {
            if (inSameRange(topCell, oppositeCell)) {
              return separator.body;
            }
            return separator.join;
          }
          const sameRangeCount = pairs.map((pair) => {
            return inSameRange(...pair);
          }).filter(Boolean).length;
          if (sameRangeCount === 0) {
            return separator.join;
          }
          if (sameRangeCount === 4) {
            return "";
          }
          if (sameRangeCount === 2) {
            if (inSameRange(...pairs[1]) && inSameRange(...pairs[3]) && separator.bodyJoinInner) {
              return separator.bodyJoinInner;
            }
            return separator.body;
          }
          if (sameRangeCount === 1) {
            if (!separator.joinRight || !separator.joinLeft || !separator.joinUp || !separator.joinDown) {
              throw new Error(`Can not get border separator for position [${horizontalBorderIndex}, ${verticalBorderIndex}]`);
            }
            if (inSameRange(...pairs[0])) {
              return separator.joinDown;
            }
            if (inSameRange(...pairs[1])) {
              return separator.joinLeft;
            }
            if (inSameRange(...pairs[2])) {
              return separator.joinUp;
            }
            return separator.joinRight;
          }
          throw new Error("Invalid case");
        }
        if (verticalBorderIndex === 0) {
          return separator.left;
        }
        if (verticalBorderIndex === columnCount) {
          return separator.right;
        }
        return separator.join;
      };
    };
    exports2.createSeparatorGetter = createSeparatorGetter;
    var drawBorder = (columnWidths, parameters) => {
      const borderSegments = (0, exports2.drawBorderSegments)(columnWidths, parameters);
      const { drawVerticalLine, horizontalBorderIndex, spanningCellManager } = parameters;
      return (0, drawContent_1.drawContent)({
        contents: borderSegments,
        drawSeparator: drawVerticalLine,
        elementType: "border",
        rowIndex: horizontalBorderIndex,
        separatorGetter: (0, exports2.createSeparatorGetter)(parameters),
        spanningCellManager
      }) + "\n";
    };
    exports2.drawBorder = drawBorder;
    var drawBorderTop = (columnWidths, parameters) => {
      const { border } = parameters;
      const result = (0, exports2.drawBorder)(columnWidths, {
        ...parameters,
        separator: {
          body: border.topBody,
          join: border.topJoin,
          left: border.topLeft,
          right: border.topRight
        }
      });
      if (result === "\n") {
        return "";
      }
      return result;
    };
    exports2.drawBorderTop = drawBorderTop;
    var drawBorderJoin = (columnWidths, parameters) => {
      const { border } = parameters;
      return (0, exports2.drawBorder)(columnWidths, {
        ...parameters,
        separator: {
          body: border.joinBody,
          bodyJoinInner: border.bodyJoin,
          bodyJoinOuter: border.bodyLeft,
          join: border.joinJoin,
          joinDown: border.joinMiddleDown,
          joinLeft: border.joinMiddleLeft,
          joinRight: border.joinMiddleRight,
          joinUp: border.joinMiddleUp,
          left: border.joinLeft,
          right: border.joinRight
        }
      });
    };
    exports2.drawBorderJoin = drawBorderJoin;
    var drawBorderBottom = (columnWidths, parameters) => {
      const { border } = parameters;
      return (0, exports2.drawBorder)(columnWidths, {
        ...parameters,
        separator: {
          body: border.bottomBody,
          join: border.bottomJoin,
          left: border.bottomLeft,
          right: border.bottomRight
        }
      });
    };
    exports2.drawBorderBottom = drawBorderBottom;
    var createTableBorderGetter = (columnWidths, parameters) => {
      return (index, size) => {
        const drawBorderParameters = {
          ...parameters,
          horizontalBorderIndex: index
        };
        if (index === 0) {
          return (0, exports2.drawBorderTop)(columnWidths, drawBorderParameters);
        } else if (index === size) {
          return (0, exports2.drawBorderBottom)(columnWidths, drawBorderParameters);
        }
        return (0, exports2.drawBorderJoin)(columnWidths, drawBorderParameters);
      };
    };
    exports2.createTableBorderGetter = createTableBorderGetter;
  }
});

// node_modules/table/dist/src/drawRow.js
var require_drawRow = __commonJS({
  "node_modules/table/dist/src/drawRow.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.drawRow = void 0;
    var drawContent_1 = require_drawContent();
    var drawRow = (row, config) => {
      const { border, drawVerticalLine, rowIndex, spanningCellManager } = config;
      return (0, drawContent_1.drawContent)({
        contents: row,
        drawSeparator: drawVerticalLine,
        elementType: "cell",
        rowIndex,
        separatorGetter: (index, columnCount) => {
          if (index === 0) {
            return border.bodyLeft;
          }
          if (index === columnCount) {
            return border.bodyRight;
          }
          return border.bodyJoin;
        },
        spanningCellManager
      }) + "\n";
    };
    exports2.drawRow = drawRow;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports2.default = equal;
  }
});

// node_modules/table/dist/src/generated/validators.js
var require_validators = __commonJS({
  "node_modules/table/dist/src/generated/validators.js"(exports2) {
    "use strict";
    exports2["config.json"] = validate43;
    var schema13 = {
      "$id": "config.json",
      "$schema": "http://json-schema.org/draft-07/schema#",
      "type": "object",
      "properties": {
        "border": {
          "$ref": "shared.json#/definitions/borders"
        },
        "header": {
          "type": "object",
          "properties": {
            "content": {
              "type": "string"
            },
            "alignment": {
              "$ref": "shared.json#/definitions/alignment"
            },
            "wrapWord": {
              "type": "boolean"
            },
            "truncate": {
              "type": "integer"
            },
            "paddingLeft": {
              "type": "integer"
            },
            "paddingRight": {
              "type": "integer"
            }
          },
          "required": ["content"],
          "additionalProperties": false
        },
        "columns": {
          "$ref": "shared.json#/definitions/columns"
        },
        "columnDefault": {
          "$ref": "shared.json#/definitions/column"
        },
        "drawVerticalLine": {
          "typeof": "function"
        },
        "drawHorizontalLine": {
          "typeof": "function"
        },
        "singleLine": {
          "typeof": "boolean"
        },
        "spanningCells": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "col": {
                "type": "integer",
                "minimum": 0
              },
              "row": {
                "type": "integer",
                "minimum": 0
              },
              "colSpan": {
                "type": "integer",
                "minimum": 1
              },
              "rowSpan": {
                "type": "integer",
                "minimum": 1
              },
              "alignment": {
                "$ref": "shared.json#/definitions/alignment"
              },
              "verticalAlignment": {
                "$ref": "shared.json#/definitions/verticalAlignment"
              },
              "wrapWord": {
                "type": "boolean"
              },
              "truncate": {
                "type": "integer"
              },
              "paddingLeft": {
                "type": "integer"
              },
              "paddingRight": {
                "type": "integer"
              }
            },
            "required": ["row", "col"],
            "additionalProperties": false
          }
        }
      },
      "additionalProperties": false
    };
    var schema15 = {
      "type": "object",
      "properties": {
        "topBody": {
          "$ref": "#/definitions/border"
        },
        "topJoin": {
          "$ref": "#/definitions/border"
        },
        "topLeft": {
          "$ref": "#/definitions/border"
        },
        "topRight": {
          "$ref": "#/definitions/border"
        },
        "bottomBody": {
          "$ref": "#/definitions/border"
        },
        "bottomJoin": {
          "$ref": "#/definitions/border"
        },
        "bottomLeft": {
          "$ref": "#/definitions/border"
        },
        "bottomRight": {
          "$ref": "#/definitions/border"
        },
        "bodyLeft": {
          "$ref": "#/definitions/border"
        },
        "bodyRight": {
          "$ref": "#/definitions/border"
        },
        "bodyJoin": {
          "$ref": "#/definitions/border"
        },
        "headerJoin": {
          "$ref": "#/definitions/border"
        },
        "joinBody": {
          "$ref": "#/definitions/border"
        },
        "joinLeft": {
          "$ref": "#/definitions/border"
        },
        "joinRight": {
          "$ref": "#/definitions/border"
        },
        "joinJoin": {
          "$ref": "#/definitions/border"
        },
        "joinMiddleUp": {
          "$ref": "#/definitions/border"
        },
        "joinMiddleDown": {
          "$ref": "#/definitions/border"
        },
        "joinMiddleLeft": {
          "$ref": "#/definitions/border"
        },
        "joinMiddleRight": {
          "$ref": "#/definitions/border"
        }
      },
      "additionalProperties": false
    };
    var func8 = Object.prototype.hasOwnProperty;
    function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data !== "string") {
        const err0 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "string"
          },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      validate46.errors = vErrors;
      return errors === 0;
    }
    function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func8.call(schema15.properties, key0)) {
            const err0 = {
              instancePath,
              schemaPath: "#/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.topBody !== void 0) {
          if (!validate46(data.topBody, {
            instancePath: instancePath + "/topBody",
            parentData: data,
            parentDataProperty: "topBody",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.topJoin !== void 0) {
          if (!validate46(data.topJoin, {
            instancePath: instancePath + "/topJoin",
            parentData: data,
            parentDataProperty: "topJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.topLeft !== void 0) {
          if (!validate46(data.topLeft, {
            instancePath: instancePath + "/topLeft",
            parentData: data,
            parentDataProperty: "topLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.topRight !== void 0) {
          if (!validate46(data.topRight, {
            instancePath: instancePath + "/topRight",
            parentData: data,
            parentDataProperty: "topRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomBody !== void 0) {
          if (!validate46(data.bottomBody, {
            instancePath: instancePath + "/bottomBody",
            parentData: data,
            parentDataProperty: "bottomBody",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomJoin !== void 0) {
          if (!validate46(data.bottomJoin, {
            instancePath: instancePath + "/bottomJoin",
            parentData: data,
            parentDataProperty: "bottomJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomLeft !== void 0) {
          if (!validate46(data.bottomLeft, {
            instancePath: instancePath + "/bottomLeft",
            parentData: data,
            parentDataProperty: "bottomLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomRight !== void 0) {
          if (!validate46(data.bottomRight, {
            instancePath: instancePath + "/bottomRight",
            parentData: data,
            parentDataProperty: "bottomRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bodyLeft !== void 0) {
          if (!validate46(data.bodyLeft, {
            instancePath: instancePath + "/bodyLeft",
            parentData: data,
            parentDataProperty: "bodyLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bodyRight !== void 0) {
          if (!validate46(data.bodyRight, {
            instancePath: instancePath + "/bodyRight",
            parentData: data,
            parentDataProperty: "bodyRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bodyJoin !== void 0) {
          if (!validate46(data.bodyJoin, {
            instancePath: instancePath + "/bodyJoin",
            parentData: data,
            parentDataProperty: "bodyJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.headerJoin !== void 0) {
          if (!validate46(data.headerJoin, {
            instancePath: instancePath + "/headerJoin",
            parentData: data,
            parentDataProperty: "headerJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinBody !== void 0) {
          if (!validate46(data.joinBody, {
            instancePath: instancePath + "/joinBody",
            parentData: data,
            parentDataProperty: "joinBody",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinLeft !== void 0) {
          if (!validate46(data.joinLeft, {
            instancePath: instancePath + "/joinLeft",
            parentData: data,
            parentDataProperty: "joinLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinRight !== void 0) {
          if (!validate46(data.joinRight, {
            instancePath: instancePath + "/joinRight",
            parentData: data,
            parentDataProperty: "joinRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinJoin !== void 0) {
          if (!validate46(data.joinJoin, {
            instancePath: instancePath + "/joinJoin",
            parentData: data,
            parentDataProperty: "joinJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleUp !== void 0) {
          if (!validate46(data.joinMiddleUp, {
            instancePath: instancePath + "/joinMiddleUp",
            parentData: data,
            parentDataProperty: "joinMiddleUp",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleDown !== void 0) {
          if (!validate46(data.joinMiddleDown, {
            instancePath: instancePath + "/joinMiddleDown",
            parentData: data,
            parentDataProperty: "joinMiddleDown",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleLeft !== void 0) {
          if (!validate46(data.joinMiddleLeft, {
            instancePath: instancePath + "/joinMiddleLeft",
            parentData: data,
            parentDataProperty: "joinMiddleLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleRight !== void 0) {
          if (!validate46(data.joinMiddleRight, {
            instancePath: instancePath + "/joinMiddleRight",
            parentData: data,
            parentDataProperty: "joinMiddleRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate45.errors = vErrors;
      return errors === 0;
    }
    var schema17 = {
      "type": "string",
      "enum": ["left", "right", "center", "justify"]
    };
    var func0 = require_equal().default;
    function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data !== "string") {
        const err0 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "string"
          },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data === "left" || data === "right" || data === "center" || data === "justify")) {
        const err1 = {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: {
            allowedValues: schema17.enum
          },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate68.errors = vErrors;
      return errors === 0;
    }
    var pattern0 = new RegExp("^[0-9]+$", "u");
    function validate72(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data !== "string") {
        const err0 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "string"
          },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data === "left" || data === "right" || data === "center" || data === "justify")) {
        const err1 = {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: {
            allowedValues: schema17.enum
          },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate72.errors = vErrors;
      return errors === 0;
    }
    var schema21 = {
      "type": "string",
      "enum": ["top", "middle", "bottom"]
    };
    function validate74(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data !== "string") {
        const err0 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "string"
          },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data === "top" || data === "middle" || data === "bottom")) {
        const err1 = {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: {
            allowedValues: schema21.enum
          },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate74.errors = vErrors;
      return errors === 0;
    }
    function validate71(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "alignment" || key0 === "verticalAlignment" || key0 === "width" || key0 === "wrapWord" || key0 === "truncate" || key0 === "paddingLeft" || key0 === "paddingRight")) {
            const err0 = {
              instancePath,
              schemaPath: "#/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.alignment !== void 0) {
          if (!validate72(data.alignment, {
            instancePath: instancePath + "/alignment",
            parentData: data,
            parentDataProperty: "alignment",
            rootData
          })) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
        if (data.verticalAlignment !== void 0) {
          if (!validate74(data.verticalAlignment, {
            instancePath: instancePath + "/verticalAlignment",
            parentData: data,
            parentDataProperty: "verticalAlignment",
            rootData
          })) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data.width !== void 0) {
          let data2 = data.width;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err1 = {
              instancePath: instancePath + "/width",
              schemaPath: "#/properties/width/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 1 || isNaN(data2)) {
              const err2 = {
                instancePath: instancePath + "/width",
                schemaPath: "#/properties/width/minimum",
                keyword: "minimum",
                params: {
                  comparison: ">=",
                  limit: 1
                },
                message: "must be >= 1"
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        }
        if (data.wrapWord !== void 0) {
          if (typeof data.wrapWord !== "boolean") {
            const err3 = {
              instancePath: instancePath + "/wrapWord",
              schemaPath: "#/properties/wrapWord/type",
              keyword: "type",
              params: {
                type: "boolean"
              },
              message: "must be boolean"
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.truncate !== void 0) {
          let data4 = data.truncate;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err4 = {
              instancePath: instancePath + "/truncate",
              schemaPath: "#/properties/truncate/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.paddingLeft !== void 0) {
          let data5 = data.paddingLeft;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err5 = {
              instancePath: instancePath + "/paddingLeft",
              schemaPath: "#/properties/paddingLeft/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.paddingRight !== void 0) {
          let data6 = data.paddingRight;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err6 = {
              instancePath: instancePath + "/paddingRight",
              schemaPath: "#/properties/paddingRight/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      validate71.errors = vErrors;
      return errors === 0;
    }
    function validate70(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs0 = errors;
      let valid0 = false;
      let passing0 = null;
      const _errs1 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!pattern0.test(key0)) {
            const err0 = {
              instancePath,
              schemaPath: "#/oneOf/0/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        for (const key1 in data) {
          if (pattern0.test(key1)) {
            if (!validate71(data[key1], {
              instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data,
              parentDataProperty: key1,
              rootData
            })) {
              vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: "#/oneOf/0/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      if (_valid0) {
        valid0 = true;
        passing0 = 0;
      }
      const _errs5 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate71(data[i0], {
            instancePath: instancePath + "/" + i0,
            parentData: data,
            parentDataProperty: i0,
            rootData
          })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath,
          schemaPath: "#/oneOf/1/type",
          keyword: "type",
          params: {
            type: "array"
          },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 1;
        }
      }
      if (!valid0) {
        const err3 = {
          instancePath,
          schemaPath: "#/oneOf",
          keyword: "oneOf",
          params: {
            passingSchemas: passing0
          },
          message: "must match exactly one schema in oneOf"
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate70.errors = vErrors;
      return errors === 0;
    }
    function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "alignment" || key0 === "verticalAlignment" || key0 === "width" || key0 === "wrapWord" || key0 === "truncate" || key0 === "paddingLeft" || key0 === "paddingRight")) {
            const err0 = {
              instancePath,
              schemaPath: "#/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.alignment !== void 0) {
          if (!validate72(data.alignment, {
            instancePath: instancePath + "/alignment",
            parentData: data,
            parentDataProperty: "alignment",
            rootData
          })) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
        if (data.verticalAlignment !== void 0) {
          if (!validate74(data.verticalAlignment, {
            instancePath: instancePath + "/verticalAlignment",
            parentData: data,
            parentDataProperty: "verticalAlignment",
            rootData
          })) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data.width !== void 0) {
          let data2 = data.width;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err1 = {
              instancePath: instancePath + "/width",
              schemaPath: "#/properties/width/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 1 || isNaN(data2)) {
              const err2 = {
                instancePath: instancePath + "/width",
                schemaPath: "#/properties/width/minimum",
                keyword: "minimum",
                params: {
                  comparison: ">=",
                  limit: 1
                },
                message: "must be >= 1"
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        }
        if (data.wrapWord !== void 0) {
          if (typeof data.wrapWord !== "boolean") {
            const err3 = {
              instancePath: instancePath + "/wrapWord",
              schemaPath: "#/properties/wrapWord/type",
              keyword: "type",
              params: {
                type: "boolean"
              },
              message: "must be boolean"
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.truncate !== void 0) {
          let data4 = data.truncate;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err4 = {
              instancePath: instancePath + "/truncate",
              schemaPath: "#/properties/truncate/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.paddingLeft !== void 0) {
          let data5 = data.paddingLeft;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err5 = {
              instancePath: instancePath + "/paddingLeft",
              schemaPath: "#/properties/paddingLeft/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.paddingRight !== void 0) {
          let data6 = data.paddingRight;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err6 = {
              instancePath: instancePath + "/paddingRight",
              schemaPath: "#/properties/paddingRight/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      validate79.errors = vErrors;
      return errors === 0;
    }
    function validate84(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (typeof data !== "string") {
        const err0 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "string"
          },
          message: "must be string"
        };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data === "top" || data === "middle" || data === "bottom")) {
        const err1 = {
          instancePath,
          schemaPath: "#/enum",
          keyword: "enum",
          params: {
            allowedValues: schema21.enum
          },
          message: "must be equal to one of the allowed values"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate84.errors = vErrors;
      return errors === 0;
    }
    function validate43(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "border" || key0 === "header" || key0 === "columns" || key0 === "columnDefault" || key0 === "drawVerticalLine" || key0 === "drawHorizontalLine" || key0 === "singleLine" || key0 === "spanningCells")) {
            const err0 = {
              instancePath,
              schemaPath: "#/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.border !== void 0) {
          if (!validate45(data.border, {
            instancePath: instancePath + "/border",
            parentData: data,
            parentDataProperty: "border",
            rootData
          })) {
            vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
            errors = vErrors.length;
          }
        }
        if (data.header !== void 0) {
          let data1 = data.header;
          if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
            if (data1.content === void 0) {
              const err1 = {
                instancePath: instancePath + "/header",
                schemaPath: "#/properties/header/required",
                keyword: "required",
                params: {
                  missingProperty: "content"
                },
                message: "must have required property 'content'"
              };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
            for (const key1 in data1) {
              if (!(key1 === "content" || key1 === "alignment" || key1 === "wrapWord" || key1 === "truncate" || key1 === "paddingLeft" || key1 === "paddingRight")) {
                const err2 = {
                  instancePath: instancePath + "/header",
                  schemaPath: "#/properties/header/additionalProperties",
                  keyword: "additionalProperties",
                  params: {
                    additionalProperty: key1
                  },
                  message: "must NOT have additional properties"
                };
                if (vErrors === null) {
                  vErrors = [err2];
                } else {
                  vErrors.push(err2);
                }
                errors++;
              }
            }
            if (data1.content !== void 0) {
              if (typeof data1.content !== "string") {
                const err3 = {
                  instancePath: instancePath + "/header/content",
                  schemaPath: "#/properties/header/properties/content/type",
                  keyword: "type",
                  params: {
                    type: "string"
                  },
                  message: "must be string"
                };
                if (vErrors === null) {
                  vErrors = [err3];
                } else {
                  vErrors.push(err3);
                }
                errors++;
              }
            }
            if (data1.alignment !== void 0) {
              if (!validate68(data1.alignment, {
                instancePath: instancePath + "/header/alignment",
                parentData: data1,
                parentDataProperty: "alignment",
                rootData
              })) {
                vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                errors = vErrors.length;
              }
            }
            if (data1.wrapWord !== void 0) {
              if (typeof data1.wrapWord !== "boolean") {
                const err4 = {
                  instancePath: instancePath + "/header/wrapWord",
                  schemaPath: "#/properties/header/properties/wrapWord/type",
                  keyword: "type",
                  params: {
                    type: "boolean"
                  },
                  message: "must be boolean"
                };
                if (vErrors === null) {
                  vErrors = [err4];
                } else {
                  vErrors.push(err4);
                }
                errors++;
              }
            }
            if (data1.truncate !== void 0) {
              let data5 = data1.truncate;
              if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                const err5 = {
                  instancePath: instancePath + "/header/truncate",
                  schemaPath: "#/properties/header/properties/truncate/type",
                  keyword: "type",
                  params: {
                    type: "integer"
                  },
                  message: "must be integer"
                };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            }
            if (data1.paddingLeft !== void 0) {
              let data6 = data1.paddingLeft;
              if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
                const err6 = {
                  instancePath: instancePath + "/header/paddingLeft",
                  schemaPath: "#/properties/header/properties/paddingLeft/type",
                  keyword: "type",
                  params: {
                    type: "integer"
                  },
                  message: "must be integer"
                };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
            }
            if (data1.paddingRight !== void 0) {
              let data7 = data1.paddingRight;
              if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
                const err7 = {
                  instancePath: instancePath + "/header/paddingRight",
                  schemaPath: "#/properties/header/properties/paddingRight/type",
                  keyword: "type",
                  params: {
                    type: "integer"
                  },
                  message: "must be integer"
                };
                if (vErrors === null) {
                  vErrors = [err7];
                } else {
                  vErrors.push(err7);
                }
                errors++;
              }
            }
          } else {
            const err8 = {
              instancePath: instancePath + "/header",
              schemaPath: "#/properties/header/type",
              keyword: "type",
              params: {
                type: "object"
              },
              message: "must be object"
            };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data.columns !== void 0) {
          if (!validate70(data.columns, {
            instancePath: instancePath + "/columns",
            parentData: data,
            parentDataProperty: "columns",
            rootData
          })) {
            vErrors = vErrors === null ? validate70.errors : vErrors.concat(validate70.errors);
            errors = vErrors.length;
          }
        }
        if (data.columnDefault !== void 0) {
          if (!validate79(data.columnDefault, {
            instancePath: instancePath + "/columnDefault",
            parentData: data,
            parentDataProperty: "columnDefault",
            rootData
          })) {
            vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
            errors = vErrors.length;
          }
        }
        if (data.drawVerticalLine !== void 0) {
          if (typeof data.drawVerticalLine != "function") {
            const err9 = {
              instancePath: instancePath + "/drawVerticalLine",
              schemaPath: "#/properties/drawVerticalLine/typeof",
              keyword: "typeof",
              params: {},
              message: 'must pass "typeof" keyword validation'
            };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
        if (data.drawHorizontalLine !== void 0) {
          if (typeof data.drawHorizontalLine != "function") {
            const err10 = {
              instancePath: instancePath + "/drawHorizontalLine",
              schemaPath: "#/properties/drawHorizontalLine/typeof",
              keyword: "typeof",
              params: {},
              message: 'must pass "typeof" keyword validation'
            };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data.singleLine !== void 0) {
          if (typeof data.singleLine != "boolean") {
            const err11 = {
              instancePath: instancePath + "/singleLine",
              schemaPath: "#/properties/singleLine/typeof",
              keyword: "typeof",
              params: {},
              message: 'must pass "typeof" keyword validation'
            };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data.spanningCells !== void 0) {
          let data13 = data.spanningCells;
          if (Array.isArray(data13)) {
            const len0 = data13.length;
            for (let i0 = 0; i0 < len0; i0++) {
              let data14 = data13[i0];
              if (data14 && typeof data14 == "object" && !Array.isArray(data14)) {
                if (data14.row === void 0) {
                  const err12 = {
                    instancePath: instancePath + "/spanningCells/" + i0,
                    schemaPath: "#/properties/spanningCells/items/required",
                    keyword: "required",
                    params: {
                      missingProperty: "row"
                    },
                    message: "must have required property 'row'"
                  };
                  if (vErrors === null) {
                    vErrors = [err12];
                  } else {
                    vErrors.push(err12);
                  }
                  errors++;
                }
                if (data14.col === void 0) {
                  const err13 = {
                    instancePath: instancePath + "/spanningCells/" + i0,
                    schemaPath: "#/properties/spanningCells/items/required",
                    keyword: "required",
                    params: {
                      missingProperty: "col"
                    },
                    message: "must have required property 'col'"
                  };
                  if (vErrors === null) {
                    vErrors = [err13];
                  } else {
                    vErrors.push(err13);
                  }
                  errors++;
                }
                for (const key2 in data14) {
                  if (!func8.call(schema13.properties.spanningCells.items.properties, key2)) {
                    const err14 = {
                      instancePath: instancePath + "/spanningCells/" + i0,
                      schemaPath: "#/properties/spanningCells/items/additionalProperties",
                      keyword: "additionalProperties",
                      params: {
                        additionalProperty: key2
                      },
                      message: "must NOT have additional properties"
                    };
                    if (vErrors === null) {
                      vErrors = [err14];
                    } else {
                      vErrors.push(err14);
                    }
                    errors++;
                  }
                }
                if (data14.col !== void 0) {
                  let data15 = data14.col;
                  if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
                    const err15 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/col",
                      schemaPath: "#/properties/spanningCells/items/properties/col/type",
                      keyword: "type",
                      params: {
                        type: "integer"
                      },
                      message: "must be integer"
                    };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                  if (typeof data15 == "number" && isFinite(data15)) {
                    if (data15 < 0 || isNaN(data15)) {
                      const err16 = {
                        instancePath: instancePath + "/spanningCells/" + i0 + "/col",
                        schemaPath: "#/properties/spanningCells/items/properties/col/minimum",
                        keyword: "minimum",
                        params: {
                          comparison: ">=",
                          limit: 0
                        },
                        message: "must be >= 0"
                      };
                      if (vErrors === null) {
                        vErrors = [err16];
                      } else {
                        vErrors.push(err16);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.row !== void 0) {
                  let data16 = data14.row;
                  if (!(typeof data16 == "number" && (!(data16 % 1) && !isNaN(data16)) && isFinite(data16))) {
                    const err17 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/row",
                      schemaPath: "#/properties/spanningCells/items/properties/row/type",
                      keyword: "type",
                      params: {
                        type: "integer"
                      },
                      message: "must be integer"
                    };
                    if (vErrors === null) {
                      vErrors = [err17];
                    } else {
                      vErrors.push(err17);
                    }
                    errors++;
                  }
                  if (typeof data16 == "number" && isFinite(data16)) {
                    if (data16 < 0 || isNaN(data16)) {
                      const err18 = {
                        instancePath: instancePath + "/spanningCells/" + i0 + "/row",
                        schemaPath: "#/properties/spanningCells/items/properties/row/minimum",
                        keyword: "minimum",
                        params: {
                          comparison: ">=",
                          limit: 0
                        },
                        message: "must be >= 0"
                      };
                      if (vErrors === null) {
                        vErrors = [err18];
                      } else {
                        vErrors.push(err18);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.colSpan !== void 0) {
                  let data17 = data14.colSpan;
                  if (!(typeof data17 == "number" && (!(data17 % 1) && !isNaN(data17)) && isFinite(data17))) {
                    const err19 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/colSpan",
                      schemaPath: "#/properties/spanningCells/items/properties/colSpan/type",
                      keyword: "type",
                      params: {
                        type: "integer"
                      },
                      message: "must be integer"
                    };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                  if (typeof data17 == "number" && isFinite(data17)) {
                    if (data17 < 1 || isNaN(data17)) {
                      const err20 = {
                        instancePath: instancePath + "/spanningCells/" + i0 + "/colSpan",
                        schemaPath: "#/properties/spanningCells/items/properties/colSpan/minimum",
                        keyword: "minimum",
                        params: {
                          comparison: ">=",
                          limit: 1
                        },
                        message: "must be >= 1"
                      };
                      if (vErrors === null) {
                        vErrors = [err20];
                      } else {
                        vErrors.push(err20);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.rowSpan !== void 0) {
                  let data18 = data14.rowSpan;
                  if (!(typeof data18 == "number" && (!(data18 % 1) && !isNaN(data18)) && isFinite(data18))) {
                    const err21 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/rowSpan",
                      schemaPath: "#/properties/spanningCells/items/properties/rowSpan/type",
                      keyword: "type",
                      params: {
                        type: "integer"
                      },
                      message: "must be integer"
                    };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                  if (typeof data18 == "number" && isFinite(data18)) {
                    if (data18 < 1 || isNaN(data18)) {
                      const err22 = {
                        instancePath: instancePath + "/spanningCells/" + i0 + "/rowSpan",
                        schemaPath: "#/properties/spanningCells/items/properties/rowSpan/minimum",
                        keyword: "minimum",
                        params: {
                          comparison: ">=",
                          limit: 1
                        },
                        message: "must be >= 1"
                      };
                      if (vErrors === null) {
                        vErrors = [err22];
                      } else {
                        vErrors.push(err22);
                      }
                      errors++;
                    }
                  }
                }
                if (data14.alignment !== void 0) {
                  if (!validate68(data14.alignment, {
                    instancePath: instancePath + "/spanningCells/" + i0 + "/alignment",
                    parentData: data14,
                    parentDataProperty: "alignment",
                    rootData
                  })) {
                    vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
                    errors = vErrors.length;
                  }
                }
                if (data14.verticalAlignment !== void 0) {
                  if (!validate84(data14.verticalAlignment, {
                    instancePath: instancePath + "/spanningCells/" + i0 + "/verticalAlignment",
                    parentData: data14,
                    parentDataProperty: "verticalAlignment",
                    rootData
                  })) {
                    vErrors = vErrors === null ? validate84.errors : vErrors.concat(validate84.errors);
                    errors = vErrors.length;
                  }
                }
                if (data14.wrapWord !== void 0) {
                  if (typeof data14.wrapWord !== "boolean") {
                    const err23 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/wrapWord",
                      schemaPath: "#/properties/spanningCells/items/properties/wrapWord/type",
                      keyword: "type",
                      params: {
                        type: "boolean"
                      },
                      message: "must be boolean"
                    };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
                if (data14.truncate !== void 0) {
                  let data22 = data14.truncate;
                  if (!(typeof data22 == "number" && (!(data22 % 1) && !isNaN(data22)) && isFinite(data22))) {
                    const err24 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/truncate",
                      schemaPath: "#/properties/spanningCells/items/properties/truncate/type",
                      keyword: "type",
                      params: {
                        type: "integer"
                      },
                      message: "must be integer"
                    };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
                if (data14.paddingLeft !== void 0) {
                  let data23 = data14.paddingLeft;
                  if (!(typeof data23 == "number" && (!(data23 % 1) && !isNaN(data23)) && isFinite(data23))) {
                    const err25 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/paddingLeft",
                      schemaPath: "#/properties/spanningCells/items/properties/paddingLeft/type",
                      keyword: "type",
                      params: {
                        type: "integer"
                      },
                      message: "must be integer"
                    };
                    if (vErrors === null) {
                      vErrors = [err25];
                    } else {
                      vErrors.push(err25);
                    }
                    errors++;
                  }
                }
                if (data14.paddingRight !== void 0) {
                  let data24 = data14.paddingRight;
                  if (!(typeof data24 == "number" && (!(data24 % 1) && !isNaN(data24)) && isFinite(data24))) {
                    const err26 = {
                      instancePath: instancePath + "/spanningCells/" + i0 + "/paddingRight",
                      schemaPath: "#/properties/spanningCells/items/properties/paddingRight/type",
                      keyword: "type",
                      params: {
                        type: "integer"
                      },
                      message: "must be integer"
                    };
                    if (vErrors === null) {
                      vErrors = [err26];
                    } else {
                      vErrors.push(err26);
                    }
                    errors++;
                  }
                }
              } else {
                const err27 = {
                  instancePath: instancePath + "/spanningCells/" + i0,
                  schemaPath: "#/properties/spanningCells/items/type",
                  keyword: "type",
                  params: {
                    type: "object"
                  },
                  message: "must be object"
                };
                if (vErrors === null) {
                  vErrors = [err27];
                } else {
                  vErrors.push(err27);
                }
                errors++;
              }
            }
          } else {
            const err28 = {
              instancePath: instancePath + "/spanningCells",
              schemaPath: "#/properties/spanningCells/type",
              keyword: "type",
              params: {
                type: "array"
              },
              message: "must be array"
            };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
      } else {
        const err29 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err29];
        } else {
          vErrors.push(err29);
        }
        errors++;
      }
      validate43.errors = vErrors;
      return errors === 0;
    }
    exports2["streamConfig.json"] = validate86;
    function validate87(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!func8.call(schema15.properties, key0)) {
            const err0 = {
              instancePath,
              schemaPath: "#/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.topBody !== void 0) {
          if (!validate46(data.topBody, {
            instancePath: instancePath + "/topBody",
            parentData: data,
            parentDataProperty: "topBody",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.topJoin !== void 0) {
          if (!validate46(data.topJoin, {
            instancePath: instancePath + "/topJoin",
            parentData: data,
            parentDataProperty: "topJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.topLeft !== void 0) {
          if (!validate46(data.topLeft, {
            instancePath: instancePath + "/topLeft",
            parentData: data,
            parentDataProperty: "topLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.topRight !== void 0) {
          if (!validate46(data.topRight, {
            instancePath: instancePath + "/topRight",
            parentData: data,
            parentDataProperty: "topRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomBody !== void 0) {
          if (!validate46(data.bottomBody, {
            instancePath: instancePath + "/bottomBody",
            parentData: data,
            parentDataProperty: "bottomBody",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomJoin !== void 0) {
          if (!validate46(data.bottomJoin, {
            instancePath: instancePath + "/bottomJoin",
            parentData: data,
            parentDataProperty: "bottomJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomLeft !== void 0) {
          if (!validate46(data.bottomLeft, {
            instancePath: instancePath + "/bottomLeft",
            parentData: data,
            parentDataProperty: "bottomLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bottomRight !== void 0) {
          if (!validate46(data.bottomRight, {
            instancePath: instancePath + "/bottomRight",
            parentData: data,
            parentDataProperty: "bottomRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bodyLeft !== void 0) {
          if (!validate46(data.bodyLeft, {
            instancePath: instancePath + "/bodyLeft",
            parentData: data,
            parentDataProperty: "bodyLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bodyRight !== void 0) {
          if (!validate46(data.bodyRight, {
            instancePath: instancePath + "/bodyRight",
            parentData: data,
            parentDataProperty: "bodyRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.bodyJoin !== void 0) {
          if (!validate46(data.bodyJoin, {
            instancePath: instancePath + "/bodyJoin",
            parentData: data,
            parentDataProperty: "bodyJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.headerJoin !== void 0) {
          if (!validate46(data.headerJoin, {
            instancePath: instancePath + "/headerJoin",
            parentData: data,
            parentDataProperty: "headerJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinBody !== void 0) {
          if (!validate46(data.joinBody, {
            instancePath: instancePath + "/joinBody",
            parentData: data,
            parentDataProperty: "joinBody",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinLeft !== void 0) {
          if (!validate46(data.joinLeft, {
            instancePath: instancePath + "/joinLeft",
            parentData: data,
            parentDataProperty: "joinLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinRight !== void 0) {
          if (!validate46(data.joinRight, {
            instancePath: instancePath + "/joinRight",
            parentData: data,
            parentDataProperty: "joinRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinJoin !== void 0) {
          if (!validate46(data.joinJoin, {
            instancePath: instancePath + "/joinJoin",
            parentData: data,
            parentDataProperty: "joinJoin",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleUp !== void 0) {
          if (!validate46(data.joinMiddleUp, {
            instancePath: instancePath + "/joinMiddleUp",
            parentData: data,
            parentDataProperty: "joinMiddleUp",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleDown !== void 0) {
          if (!validate46(data.joinMiddleDown, {
            instancePath: instancePath + "/joinMiddleDown",
            parentData: data,
            parentDataProperty: "joinMiddleDown",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleLeft !== void 0) {
          if (!validate46(data.joinMiddleLeft, {
            instancePath: instancePath + "/joinMiddleLeft",
            parentData: data,
            parentDataProperty: "joinMiddleLeft",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
        if (data.joinMiddleRight !== void 0) {
          if (!validate46(data.joinMiddleRight, {
            instancePath: instancePath + "/joinMiddleRight",
            parentData: data,
            parentDataProperty: "joinMiddleRight",
            rootData
          })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      validate87.errors = vErrors;
      return errors === 0;
    }
    function validate109(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      const _errs0 = errors;
      let valid0 = false;
      let passing0 = null;
      const _errs1 = errors;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!pattern0.test(key0)) {
            const err0 = {
              instancePath,
              schemaPath: "#/oneOf/0/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        for (const key1 in data) {
          if (pattern0.test(key1)) {
            if (!validate71(data[key1], {
              instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),
              parentData: data,
              parentDataProperty: key1,
              rootData
            })) {
              vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
              errors = vErrors.length;
            }
          }
        }
      } else {
        const err1 = {
          instancePath,
          schemaPath: "#/oneOf/0/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var _valid0 = _errs1 === errors;
      if (_valid0) {
        valid0 = true;
        passing0 = 0;
      }
      const _errs5 = errors;
      if (Array.isArray(data)) {
        const len0 = data.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate71(data[i0], {
            instancePath: instancePath + "/" + i0,
            parentData: data,
            parentDataProperty: i0,
            rootData
          })) {
            vErrors = vErrors === null ? validate71.errors : vErrors.concat(validate71.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err2 = {
          instancePath,
          schemaPath: "#/oneOf/1/type",
          keyword: "type",
          params: {
            type: "array"
          },
          message: "must be array"
        };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs5 === errors;
      if (_valid0 && valid0) {
        valid0 = false;
        passing0 = [passing0, 1];
      } else {
        if (_valid0) {
          valid0 = true;
          passing0 = 1;
        }
      }
      if (!valid0) {
        const err3 = {
          instancePath,
          schemaPath: "#/oneOf",
          keyword: "oneOf",
          params: {
            passingSchemas: passing0
          },
          message: "must match exactly one schema in oneOf"
        };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      } else {
        errors = _errs0;
        if (vErrors !== null) {
          if (_errs0) {
            vErrors.length = _errs0;
          } else {
            vErrors = null;
          }
        }
      }
      validate109.errors = vErrors;
      return errors === 0;
    }
    function validate113(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        for (const key0 in data) {
          if (!(key0 === "alignment" || key0 === "verticalAlignment" || key0 === "width" || key0 === "wrapWord" || key0 === "truncate" || key0 === "paddingLeft" || key0 === "paddingRight")) {
            const err0 = {
              instancePath,
              schemaPath: "#/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err0];
            } else {
              vErrors.push(err0);
            }
            errors++;
          }
        }
        if (data.alignment !== void 0) {
          if (!validate72(data.alignment, {
            instancePath: instancePath + "/alignment",
            parentData: data,
            parentDataProperty: "alignment",
            rootData
          })) {
            vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
            errors = vErrors.length;
          }
        }
        if (data.verticalAlignment !== void 0) {
          if (!validate74(data.verticalAlignment, {
            instancePath: instancePath + "/verticalAlignment",
            parentData: data,
            parentDataProperty: "verticalAlignment",
            rootData
          })) {
            vErrors = vErrors === null ? validate74.errors : vErrors.concat(validate74.errors);
            errors = vErrors.length;
          }
        }
        if (data.width !== void 0) {
          let data2 = data.width;
          if (!(typeof data2 == "number" && (!(data2 % 1) && !isNaN(data2)) && isFinite(data2))) {
            const err1 = {
              instancePath: instancePath + "/width",
              schemaPath: "#/properties/width/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err1];
            } else {
              vErrors.push(err1);
            }
            errors++;
          }
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 < 1 || isNaN(data2)) {
              const err2 = {
                instancePath: instancePath + "/width",
                schemaPath: "#/properties/width/minimum",
                keyword: "minimum",
                params: {
                  comparison: ">=",
                  limit: 1
                },
                message: "must be >= 1"
              };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          }
        }
        if (data.wrapWord !== void 0) {
          if (typeof data.wrapWord !== "boolean") {
            const err3 = {
              instancePath: instancePath + "/wrapWord",
              schemaPath: "#/properties/wrapWord/type",
              keyword: "type",
              params: {
                type: "boolean"
              },
              message: "must be boolean"
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data.truncate !== void 0) {
          let data4 = data.truncate;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err4 = {
              instancePath: instancePath + "/truncate",
              schemaPath: "#/properties/truncate/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data.paddingLeft !== void 0) {
          let data5 = data.paddingLeft;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err5 = {
              instancePath: instancePath + "/paddingLeft",
              schemaPath: "#/properties/paddingLeft/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
        if (data.paddingRight !== void 0) {
          let data6 = data.paddingRight;
          if (!(typeof data6 == "number" && (!(data6 % 1) && !isNaN(data6)) && isFinite(data6))) {
            const err6 = {
              instancePath: instancePath + "/paddingRight",
              schemaPath: "#/properties/paddingRight/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      validate113.errors = vErrors;
      return errors === 0;
    }
    function validate86(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
      ;
      let vErrors = null;
      let errors = 0;
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.columnDefault === void 0) {
          const err0 = {
            instancePath,
            schemaPath: "#/required",
            keyword: "required",
            params: {
              missingProperty: "columnDefault"
            },
            message: "must have required property 'columnDefault'"
          };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
        if (data.columnCount === void 0) {
          const err1 = {
            instancePath,
            schemaPath: "#/required",
            keyword: "required",
            params: {
              missingProperty: "columnCount"
            },
            message: "must have required property 'columnCount'"
          };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
        for (const key0 in data) {
          if (!(key0 === "border" || key0 === "columns" || key0 === "columnDefault" || key0 === "columnCount" || key0 === "drawVerticalLine")) {
            const err2 = {
              instancePath,
              schemaPath: "#/additionalProperties",
              keyword: "additionalProperties",
              params: {
                additionalProperty: key0
              },
              message: "must NOT have additional properties"
            };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
        if (data.border !== void 0) {
          if (!validate87(data.border, {
            instancePath: instancePath + "/border",
            parentData: data,
            parentDataProperty: "border",
            rootData
          })) {
            vErrors = vErrors === null ? validate87.errors : vErrors.concat(validate87.errors);
            errors = vErrors.length;
          }
        }
        if (data.columns !== void 0) {
          if (!validate109(data.columns, {
            instancePath: instancePath + "/columns",
            parentData: data,
            parentDataProperty: "columns",
            rootData
          })) {
            vErrors = vErrors === null ? validate109.errors : vErrors.concat(validate109.errors);
            errors = vErrors.length;
          }
        }
        if (data.columnDefault !== void 0) {
          if (!validate113(data.columnDefault, {
            instancePath: instancePath + "/columnDefault",
            parentData: data,
            parentDataProperty: "columnDefault",
            rootData
          })) {
            vErrors = vErrors === null ? validate113.errors : vErrors.concat(validate113.errors);
            errors = vErrors.length;
          }
        }
        if (data.columnCount !== void 0) {
          let data3 = data.columnCount;
          if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
            const err3 = {
              instancePath: instancePath + "/columnCount",
              schemaPath: "#/properties/columnCount/type",
              keyword: "type",
              params: {
                type: "integer"
              },
              message: "must be integer"
            };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 1 || isNaN(data3)) {
              const err4 = {
                instancePath: instancePath + "/columnCount",
                schemaPath: "#/properties/columnCount/minimum",
                keyword: "minimum",
                params: {
                  comparison: ">=",
                  limit: 1
                },
                message: "must be >= 1"
              };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          }
        }
        if (data.drawVerticalLine !== void 0) {
          if (typeof data.drawVerticalLine != "function") {
            const err5 = {
              instancePath: instancePath + "/drawVerticalLine",
              schemaPath: "#/properties/drawVerticalLine/typeof",
              keyword: "typeof",
              params: {},
              message: 'must pass "typeof" keyword validation'
            };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = {
          instancePath,
          schemaPath: "#/type",
          keyword: "type",
          params: {
            type: "object"
          },
          message: "must be object"
        };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      validate86.errors = vErrors;
      return errors === 0;
    }
  }
});

// node_modules/table/dist/src/validateConfig.js
var require_validateConfig = __commonJS({
  "node_modules/table/dist/src/validateConfig.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateConfig = void 0;
    var validators_1 = __importDefault(require_validators());
    var validateConfig = (schemaId, config) => {
      const validate = validators_1.default[schemaId];
      if (!validate(config) && validate.errors) {
        const errors = validate.errors.map((error) => {
          return {
            message: error.message,
            params: error.params,
            schemaPath: error.schemaPath
          };
        });
        console.log("config", config);
        console.log("errors", errors);
        throw new Error("Invalid config.");
      }
    };
    exports2.validateConfig = validateConfig;
  }
});

// node_modules/table/dist/src/makeStreamConfig.js
var require_makeStreamConfig = __commonJS({
  "node_modules/table/dist/src/makeStreamConfig.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.makeStreamConfig = void 0;
    var utils_1 = require_utils();
    var validateConfig_1 = require_validateConfig();
    var makeColumnsConfig = (columnCount, columns = {}, columnDefault) => {
      return Array.from({ length: columnCount }).map((_, index) => {
        return {
          alignment: "left",
          paddingLeft: 1,
          paddingRight: 1,
          truncate: Number.POSITIVE_INFINITY,
          verticalAlignment: "top",
          wrapWord: false,
          ...columnDefault,
          ...columns[index]
        };
      });
    };
    var makeStreamConfig = (config) => {
      (0, validateConfig_1.validateConfig)("streamConfig.json", config);
      if (config.columnDefault.width === void 0) {
        throw new Error("Must provide config.columnDefault.width when creating a stream.");
      }
      return {
        drawVerticalLine: () => {
          return true;
        },
        ...config,
        border: (0, utils_1.makeBorderConfig)(config.border),
        columns: makeColumnsConfig(config.columnCount, config.columns, config.columnDefault)
      };
    };
    exports2.makeStreamConfig = makeStreamConfig;
  }
});

// node_modules/table/dist/src/mapDataUsingRowHeights.js
var require_mapDataUsingRowHeights = __commonJS({
  "node_modules/table/dist/src/mapDataUsingRowHeights.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.mapDataUsingRowHeights = exports2.padCellVertically = void 0;
    var utils_1 = require_utils();
    var wrapCell_1 = require_wrapCell();
    var createEmptyStrings = (length) => {
      return new Array(length).fill("");
    };
    var padCellVertically = (lines, rowHeight, verticalAlignment) => {
      const availableLines = rowHeight - lines.length;
      if (verticalAlignment === "top") {
        return [...lines, ...createEmptyStrings(availableLines)];
      }
      if (verticalAlignment === "bottom") {
        return [...createEmptyStrings(availableLines), ...lines];
      }
      return [
        ...createEmptyStrings(Math.floor(availableLines / 2)),
        ...lines,
        ...createEmptyStrings(Math.ceil(availableLines / 2))
      ];
    };
    exports2.padCellVertically = padCellVertically;
    var mapDataUsingRowHeights = (unmappedRows, rowHeights, config) => {
      const nColumns = unmappedRows[0].length;
      const mappedRows = unmappedRows.map((unmappedRow, unmappedRowIndex) => {
        const outputRowHeight = rowHeights[unmappedRowIndex];
        const outputRow = Array.from({ length: outputRowHeight }, () => {
          return new Array(nColumns).fill("");
        });
        unmappedRow.forEach((cell, cellIndex) => {
          var _a;
          const containingRange = (_a = config.spanningCellManager) === null || _a === void 0 ? void 0 : _a.getContainingRange({
            col: cellIndex,
            row: unmappedRowIndex
          });
          if (containingRange) {
            containingRange.extractCellContent(unmappedRowIndex).forEach((cellLine, cellLineIndex) => {
              outputRow[cellLineIndex][cellIndex] = cellLine;
            });
            return;
          }
          const cellLines = (0, wrapCell_1.wrapCell)(cell, config.columns[cellIndex].width, config.columns[cellIndex].wrapWord);
          const paddedCellLines = (0, exports2.padCellVertically)(cellLines, outputRowHeight, config.columns[cellIndex].verticalAlignment);
          paddedCellLines.forEach((cellLine, cellLineIndex) => {
            outputRow[cellLineIndex][cellIndex] = cellLine;
          });
        });
        return outputRow;
      });
      return (0, utils_1.flatten)(mappedRows);
    };
    exports2.mapDataUsingRowHeights = mapDataUsingRowHeights;
  }
});

// node_modules/table/dist/src/padTableData.js
var require_padTableData = __commonJS({
  "node_modules/table/dist/src/padTableData.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.padTableData = exports2.padString = void 0;
    var padString = (input, paddingLeft, paddingRight) => {
      return " ".repeat(paddingLeft) + input + " ".repeat(paddingRight);
    };
    exports2.padString = padString;
    var padTableData = (rows, config) => {
      return rows.map((cells, rowIndex) => {
        return cells.map((cell, cellIndex) => {
          var _a;
          const containingRange = (_a = config.spanningCellManager) === null || _a === void 0 ? void 0 : _a.getContainingRange({
            col: cellIndex,
            row: rowIndex
          }, { mapped: true });
          if (containingRange) {
            return cell;
          }
          const { paddingLeft, paddingRight } = config.columns[cellIndex];
          return (0, exports2.padString)(cell, paddingLeft, paddingRight);
        });
      });
    };
    exports2.padTableData = padTableData;
  }
});

// node_modules/table/dist/src/stringifyTableData.js
var require_stringifyTableData = __commonJS({
  "node_modules/table/dist/src/stringifyTableData.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.stringifyTableData = void 0;
    var utils_1 = require_utils();
    var stringifyTableData = (rows) => {
      return rows.map((cells) => {
        return cells.map((cell) => {
          return (0, utils_1.normalizeString)(String(cell));
        });
      });
    };
    exports2.stringifyTableData = stringifyTableData;
  }
});

// node_modules/table/dist/src/truncateTableData.js
var require_truncateTableData = __commonJS({
  "node_modules/table/dist/src/truncateTableData.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.truncateTableData = exports2.truncateString = void 0;
    var utils_1 = require_utils();
    var omission = "\u2026";
    var truncateString = (input, length) => {
      if (input.length <= length) {
        return input;
      }
      const graphemes = (0, utils_1.splitGraphemes)((0, utils_1.stripAnsi)(input));
      if (graphemes.length <= length) {
        return input;
      }
      const keep = length - omission.length;
      if (keep < 1) {
        return omission;
      }
      const positions = graphemes.slice(0, keep).reduce((total, grapheme) => {
        return total + grapheme.positions;
      }, 0);
      return (0, utils_1.sliceAnsi)(input, 0, positions) + omission;
    };
    exports2.truncateString = truncateString;
    var truncateTableData = (rows, truncates) => {
      return rows.map((cells) => {
        return cells.map((cell, cellIndex) => {
          return (0, exports2.truncateString)(cell, truncates[cellIndex]);
        });
      });
    };
    exports2.truncateTableData = truncateTableData;
  }
});

// node_modules/table/dist/src/createStream.js
var require_createStream = __commonJS({
  "node_modules/table/dist/src/createStream.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createStream = void 0;
    var alignTableData_1 = require_alignTableData();
    var calculateRowHeights_1 = require_calculateRowHeights();
    var drawBorder_1 = require_drawBorder();
    var drawRow_1 = require_drawRow();
    var makeStreamConfig_1 = require_makeStreamConfig();
    var mapDataUsingRowHeights_1 = require_mapDataUsingRowHeights();
    var padTableData_1 = require_padTableData();
    var stringifyTableData_1 = require_stringifyTableData();
    var truncateTableData_1 = require_truncateTableData();
    var utils_1 = require_utils();
    var prepareData = (data, config) => {
      let rows = (0, stringifyTableData_1.stringifyTableData)(data);
      rows = (0, truncateTableData_1.truncateTableData)(rows, (0, utils_1.extractTruncates)(config));
      const rowHeights = (0, calculateRowHeights_1.calculateRowHeights)(rows, config);
      rows = (0, mapDataUsingRowHeights_1.mapDataUsingRowHeights)(rows, rowHeights, config);
      rows = (0, alignTableData_1.alignTableData)(rows, config);
      rows = (0, padTableData_1.padTableData)(rows, config);
      return rows;
    };
    var create = (row, columnWidths, config) => {
      const rows = prepareData([row], config);
      const body = rows.map((literalRow) => {
        return (0, drawRow_1.drawRow)(literalRow, config);
      }).join("");
      let output;
      output = "";
      output += (0, drawBorder_1.drawBorderTop)(columnWidths, config);
      output += body;
      output += (0, drawBorder_1.drawBorderBottom)(columnWidths, config);
      output = output.trimEnd();
      process.stdout.write(output);
    };
    var append = (row, columnWidths, config) => {
      const rows = prepareData([row], config);
      const body = rows.map((literalRow) => {
        return (0, drawRow_1.drawRow)(literalRow, config);
      }).join("");
      let output = "";
      const bottom = (0, drawBorder_1.drawBorderBottom)(columnWidths, config);
      if (bottom !== "\n") {
        output = "\r\x1B[K";
      }
      output += (0, drawBorder_1.drawBorderJoin)(columnWidths, config);
      output += body;
      output += bottom;
      output = output.trimEnd();
      process.stdout.write(output);
    };
    var createStream = (userConfig) => {
      const config = (0, makeStreamConfig_1.makeStreamConfig)(userConfig);
      const columnWidths = Object.values(config.columns).map((column) => {
        return column.width + column.paddingLeft + column.paddingRight;
      });
      let empty = true;
      let ended = false;
      return {
        end: () => {
          if (ended) {
            return;
          }
          ended = true;
          if (!empty) {
            process.stdout.write("\n");
          }
        },
        write: (row) => {
          if (ended) {
            throw new Error("Cannot write to a stream that has ended.");
          }
          if (row.length !== config.columnCount) {
            throw new Error("Row cell count does not match the config.columnCount.");
          }
          if (empty) {
            empty = false;
            create(row, columnWidths, config);
          } else {
            append(row, columnWidths, config);
          }
        }
      };
    };
    exports2.createStream = createStream;
  }
});

// node_modules/table/dist/src/calculateOutputColumnWidths.js
var require_calculateOutputColumnWidths = __commonJS({
  "node_modules/table/dist/src/calculateOutputColumnWidths.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.calculateOutputColumnWidths = void 0;
    var calculateOutputColumnWidths = (config) => {
      return config.columns.map((col) => {
        return col.paddingLeft + col.width + col.paddingRight;
      });
    };
    exports2.calculateOutputColumnWidths = calculateOutputColumnWidths;
  }
});

// node_modules/table/dist/src/drawTable.js
var require_drawTable = __commonJS({
  "node_modules/table/dist/src/drawTable.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.drawTable = void 0;
    var drawBorder_1 = require_drawBorder();
    var drawContent_1 = require_drawContent();
    var drawRow_1 = require_drawRow();
    var utils_1 = require_utils();
    var drawTable = (rows, outputColumnWidths, rowHeights, config) => {
      const { drawHorizontalLine, singleLine } = config;
      const contents = (0, utils_1.groupBySizes)(rows, rowHeights).map((group, groupIndex) => {
        return group.map((row) => {
          return (0, drawRow_1.drawRow)(row, {
            ...config,
            rowIndex: groupIndex
          });
        }).join("");
      });
      return (0, drawContent_1.drawContent)({
        contents,
        drawSeparator: (index, size) => {
          if (index === 0 || index === size) {
            return drawHorizontalLine(index, size);
          }
          return !singleLine && drawHorizontalLine(index, size);
        },
        elementType: "row",
        rowIndex: -1,
        separatorGetter: (0, drawBorder_1.createTableBorderGetter)(outputColumnWidths, {
          ...config,
          rowCount: contents.length
        }),
        spanningCellManager: config.spanningCellManager
      });
    };
    exports2.drawTable = drawTable;
  }
});

// node_modules/table/dist/src/injectHeaderConfig.js
var require_injectHeaderConfig = __commonJS({
  "node_modules/table/dist/src/injectHeaderConfig.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.injectHeaderConfig = void 0;
    var injectHeaderConfig = (rows, config) => {
      var _a;
      let spanningCellConfig = (_a = config.spanningCells) !== null && _a !== void 0 ? _a : [];
      const headerConfig = config.header;
      const adjustedRows = [...rows];
      if (headerConfig) {
        spanningCellConfig = spanningCellConfig.map(({ row, ...rest }) => {
          return {
            ...rest,
            row: row + 1
          };
        });
        const { content, ...headerStyles } = headerConfig;
        spanningCellConfig.unshift({
          alignment: "center",
          col: 0,
          colSpan: rows[0].length,
          paddingLeft: 1,
          paddingRight: 1,
          row: 0,
          wrapWord: false,
          ...headerStyles
        });
        adjustedRows.unshift([content, ...Array.from({ length: rows[0].length - 1 }).fill("")]);
      }
      return [
        adjustedRows,
        spanningCellConfig
      ];
    };
    exports2.injectHeaderConfig = injectHeaderConfig;
  }
});

// node_modules/table/dist/src/calculateMaximumColumnWidths.js
var require_calculateMaximumColumnWidths = __commonJS({
  "node_modules/table/dist/src/calculateMaximumColumnWidths.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.calculateMaximumColumnWidths = exports2.calculateMaximumCellWidth = void 0;
    var utils_1 = require_utils();
    var calculateMaximumCellWidth = (cell) => {
      return Math.max(...cell.split("\n").map(utils_1.stringWidth));
    };
    exports2.calculateMaximumCellWidth = calculateMaximumCellWidth;
    var calculateMaximumColumnWidths = (rows, spanningCellConfigs = []) => {
      const columnWidths = new Array(rows[0].length).fill(0);
      const rangeCoordinates = spanningCellConfigs.map(utils_1.calculateRangeCoordinate);
      rows.forEach((row, rowIndex) => {
        row.forEach((cell, cellIndex) => {
          const range = rangeCoordinates.find((rangeCoordinate) => {
            return (0, utils_1.isCellInRange)({
              col: cellIndex,
              row: rowIndex
            }, rangeCoordinate);
          });
          if (range && (range.topLeft.col !== range.bottomRight.col || range.topLeft.row !== rowIndex)) {
            return;
          }
          columnWidths[cellIndex] = Math.max(columnWidths[cellIndex], (0, exports2.calculateMaximumCellWidth)(cell));
        });
      });
      return columnWidths;
    };
    exports2.calculateMaximumColumnWidths = calculateMaximumColumnWidths;
  }
});

// node_modules/table/dist/src/alignSpanningCell.js
var require_alignSpanningCell = __commonJS({
  "node_modules/table/dist/src/alignSpanningCell.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.alignVerticalRangeContent = exports2.wrapRangeContent = void 0;
    var alignString_1 = require_alignString();
    var mapDataUsingRowHeights_1 = require_mapDataUsingRowHeights();
    var padTableData_1 = require_padTableData();
    var truncateTableData_1 = require_truncateTableData();
    var utils_1 = require_utils();
    var wrapCell_1 = require_wrapCell();
    var wrapRangeContent = (rangeConfig, rangeWidth, context) => {
      const { topLeft, paddingRight, paddingLeft, truncate, wrapWord, alignment } = rangeConfig;
      const originalContent = context.rows[topLeft.row][topLeft.col];
      const contentWidth = rangeWidth - paddingLeft - paddingRight;
      return (0, wrapCell_1.wrapCell)((0, truncateTableData_1.truncateString)(originalContent, truncate), contentWidth, wrapWord).map((line) => {
        const alignedLine = (0, alignString_1.alignString)(line, contentWidth, alignment);
        return (0, padTableData_1.padString)(alignedLine, paddingLeft, paddingRight);
      });
    };
    exports2.wrapRangeContent = wrapRangeContent;
    var alignVerticalRangeContent = (range, content, context) => {
      const { rows, drawHorizontalLine, rowHeights } = context;
      const { topLeft, bottomRight, verticalAlignment } = range;
      if (rowHeights.length === 0) {
        return [];
      }
      const totalCellHeight = (0, utils_1.sumArray)(rowHeights.slice(topLeft.row, bottomRight.row + 1));
      const totalBorderHeight = bottomRight.row - topLeft.row;
      const hiddenHorizontalBorderCount = (0, utils_1.sequence)(topLeft.row + 1, bottomRight.row).filter((horizontalBorderIndex) => {
        return !drawHorizontalLine(horizontalBorderIndex, rows.length);
      }).length;
      const availableRangeHeight = totalCellHeight + totalBorderHeight - hiddenHorizontalBorderCount;
      return (0, mapDataUsingRowHeights_1.padCellVertically)(content, availableRangeHeight, verticalAlignment).map((line) => {
        if (line.length === 0) {
          return " ".repeat((0, utils_1.stringWidth)(content[0]));
        }
        return line;
      });
    };
    exports2.alignVerticalRangeContent = alignVerticalRangeContent;
  }
});

// node_modules/table/dist/src/calculateSpanningCellWidth.js
var require_calculateSpanningCellWidth = __commonJS({
  "node_modules/table/dist/src/calculateSpanningCellWidth.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.calculateSpanningCellWidth = void 0;
    var utils_1 = require_utils();
    var calculateSpanningCellWidth = (rangeConfig, dependencies) => {
      const { columnsConfig, drawVerticalLine } = dependencies;
      const { topLeft, bottomRight } = rangeConfig;
      const totalWidth = (0, utils_1.sumArray)(columnsConfig.slice(topLeft.col, bottomRight.col + 1).map(({ width }) => {
        return width;
      }));
      const totalPadding = topLeft.col === bottomRight.col ? columnsConfig[topLeft.col].paddingRight + columnsConfig[bottomRight.col].paddingLeft : (0, utils_1.sumArray)(columnsConfig.slice(topLeft.col, bottomRight.col + 1).map(({ paddingLeft, paddingRight }) => {
        return paddingLeft + paddingRight;
      }));
      const totalBorderWidths = bottomRight.col - topLeft.col;
      const totalHiddenVerticalBorders = (0, utils_1.sequence)(topLeft.col + 1, bottomRight.col).filter((verticalBorderIndex) => {
        return !drawVerticalLine(verticalBorderIndex, columnsConfig.length);
      }).length;
      return totalWidth + totalPadding + totalBorderWidths - totalHiddenVerticalBorders;
    };
    exports2.calculateSpanningCellWidth = calculateSpanningCellWidth;
  }
});

// node_modules/table/dist/src/makeRangeConfig.js
var require_makeRangeConfig = __commonJS({
  "node_modules/table/dist/src/makeRangeConfig.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.makeRangeConfig = void 0;
    var utils_1 = require_utils();
    var makeRangeConfig = (spanningCellConfig, columnsConfig) => {
      var _a;
      const { topLeft, bottomRight } = (0, utils_1.calculateRangeCoordinate)(spanningCellConfig);
      const cellConfig = {
        ...columnsConfig[topLeft.col],
        ...spanningCellConfig,
        paddingRight: (_a = spanningCellConfig.paddingRight) !== null && _a !== void 0 ? _a : columnsConfig[bottomRight.col].paddingRight
      };
      return {
        ...cellConfig,
        bottomRight,
        topLeft
      };
    };
    exports2.makeRangeConfig = makeRangeConfig;
  }
});

// node_modules/table/dist/src/spanningCellManager.js
var require_spanningCellManager = __commonJS({
  "node_modules/table/dist/src/spanningCellManager.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.createSpanningCellManager = void 0;
    var alignSpanningCell_1 = require_alignSpanningCell();
    var calculateSpanningCellWidth_1 = require_calculateSpanningCellWidth();
    var makeRangeConfig_1 = require_makeRangeConfig();
    var utils_1 = require_utils();
    var findRangeConfig = (cell, rangeConfigs) => {
      return rangeConfigs.find((rangeCoordinate) => {
        return (0, utils_1.isCellInRange)(cell, rangeCoordinate);
      });
    };
    var getContainingRange = (rangeConfig, context) => {
      const width = (0, calculateSpanningCellWidth_1.calculateSpanningCellWidth)(rangeConfig, context);
      const wrappedContent = (0, alignSpanningCell_1.wrapRangeContent)(rangeConfig, width, context);
      const alignedContent = (0, alignSpanningCell_1.alignVerticalRangeContent)(rangeConfig, wrappedContent, context);
      const countDrawnHorizontalBorders = (lastBorderIndex) => {
        const { topLeft } = rangeConfig;
        const { drawHorizontalLine, rowHeights } = context;
        return (0, utils_1.sequence)(topLeft.row + 1, lastBorderIndex).filter((index) => {
          return drawHorizontalLine === null || drawHorizontalLine === void 0 ? void 0 : drawHorizontalLine(index, rowHeights.length);
        }).length;
      };
      const getCellContent = (rowIndex) => {
        const { topLeft } = rangeConfig;
        const { rowHeights } = context;
        const offset = (0, utils_1.sumArray)(rowHeights.slice(topLeft.row, rowIndex)) + countDrawnHorizontalBorders(rowIndex);
        return alignedContent.slice(offset, offset + rowHeights[rowIndex]);
      };
      const getBorderContent = (borderIndex) => {
        const { topLeft } = rangeConfig;
        const offset = (0, utils_1.sumArray)(context.rowHeights.slice(topLeft.row, borderIndex)) + countDrawnHorizontalBorders(borderIndex - 1);
        return alignedContent[offset];
      };
      return {
        ...rangeConfig,
        extractBorderContent: getBorderContent,
        extractCellContent: getCellContent,
        height: wrappedContent.length,
        width
      };
    };
    var inSameRange = (cell1, cell2, ranges) => {
      const range1 = findRangeConfig(cell1, ranges);
      const range2 = findRangeConfig(cell2, ranges);
      if (range1 && range2) {
        return (0, utils_1.areCellEqual)(range1.topLeft, range2.topLeft);
      }
      return false;
    };
    var hashRange = (range) => {
      const { row, col } = range.topLeft;
      return `${row}/${col}`;
    };
    var createSpanningCellManager = (parameters) => {
      const { spanningCellConfigs, columnsConfig } = parameters;
      const ranges = spanningCellConfigs.map((config) => {
        return (0, makeRangeConfig_1.makeRangeConfig)(config, columnsConfig);
      });
      const rangeCache = {};
      let rowHeights = [];
      let rowIndexMapping = [];
      return {
        getContainingRange: (cell, options) => {
          var _a;
          const originalRow = (options === null || options === void 0 ? void 0 : options.mapped) ? rowIndexMapping[cell.row] : cell.row;
          const range = findRangeConfig({
            ...cell,
            row: originalRow
          }, ranges);
          if (!range) {
            return void 0;
          }
          if (rowHeights.length === 0) {
            return getContainingRange(range, {
              ...parameters,
              rowHeights
            });
          }
          const hash = hashRange(range);
          (_a = rangeCache[hash]) !== null && _a !== void 0 ? _a : rangeCache[hash] = getContainingRange(range, {
            ...parameters,
            rowHeights
          });
          return rangeCache[hash];
        },
        inSameRange: (cell1, cell2) => {
          return inSameRange(cell1, cell2, ranges);
        },
        rowHeights,
        rowIndexMapping,
        setRowHeights: (_rowHeights) => {
          rowHeights = _rowHeights;
        },
        setRowIndexMapping: (mappedRowHeights) => {
          rowIndexMapping = (0, utils_1.flatten)(mappedRowHeights.map((height, index) => {
            return Array.from({ length: height }, () => {
              return index;
            });
          }));
        }
      };
    };
    exports2.createSpanningCellManager = createSpanningCellManager;
  }
});

// node_modules/table/dist/src/validateSpanningCellConfig.js
var require_validateSpanningCellConfig = __commonJS({
  "node_modules/table/dist/src/validateSpanningCellConfig.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateSpanningCellConfig = void 0;
    var utils_1 = require_utils();
    var inRange = (start, end, value) => {
      return start <= value && value <= end;
    };
    var validateSpanningCellConfig = (rows, configs) => {
      const [nRow, nCol] = [rows.length, rows[0].length];
      configs.forEach((config, configIndex) => {
        const { colSpan, rowSpan } = config;
        if (colSpan === void 0 && rowSpan === void 0) {
          throw new Error(`Expect at least colSpan or rowSpan is provided in config.spanningCells[${configIndex}]`);
        }
        if (colSpan !== void 0 && colSpan < 1) {
          throw new Error(`Expect colSpan is not equal zero, instead got: ${colSpan} in config.spanningCells[${configIndex}]`);
        }
        if (rowSpan !== void 0 && rowSpan < 1) {
          throw new Error(`Expect rowSpan is not equal zero, instead got: ${rowSpan} in config.spanningCells[${configIndex}]`);
        }
      });
      const rangeCoordinates = configs.map(utils_1.calculateRangeCoordinate);
      rangeCoordinates.forEach(({ topLeft, bottomRight }, rangeIndex) => {
        if (!inRange(0, nCol - 1, topLeft.col) || !inRange(0, nRow - 1, topLeft.row) || !inRange(0, nCol - 1, bottomRight.col) || !inRange(0, nRow - 1, bottomRight.row)) {
          throw new Error(`Some cells in config.spanningCells[${rangeIndex}] are out of the table`);
        }
      });
      const configOccupy = Array.from({ length: nRow }, () => {
        return Array.from({ length: nCol });
      });
      rangeCoordinates.forEach(({ topLeft, bottomRight }, rangeIndex) => {
        (0, utils_1.sequence)(topLeft.row, bottomRight.row).forEach((row) => {
          (0, utils_1.sequence)(topLeft.col, bottomRight.col).forEach((col) => {
            if (configOccupy[row][col] !== void 0) {
              throw new Error(`Spanning cells in config.spanningCells[${configOccupy[row][col]}] and config.spanningCells[${rangeIndex}] are overlap each other`);
            }
            configOccupy[row][col] = rangeIndex;
          });
        });
      });
    };
    exports2.validateSpanningCellConfig = validateSpanningCellConfig;
  }
});

// node_modules/table/dist/src/makeTableConfig.js
var require_makeTableConfig = __commonJS({
  "node_modules/table/dist/src/makeTableConfig.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.makeTableConfig = void 0;
    var calculateMaximumColumnWidths_1 = require_calculateMaximumColumnWidths();
    var spanningCellManager_1 = require_spanningCellManager();
    var utils_1 = require_utils();
    var validateConfig_1 = require_validateConfig();
    var validateSpanningCellConfig_1 = require_validateSpanningCellConfig();
    var makeColumnsConfig = (rows, columns, columnDefault, spanningCellConfigs) => {
      const columnWidths = (0, calculateMaximumColumnWidths_1.calculateMaximumColumnWidths)(rows, spanningCellConfigs);
      return rows[0].map((_, columnIndex) => {
        return {
          alignment: "left",
          paddingLeft: 1,
          paddingRight: 1,
          truncate: Number.POSITIVE_INFINITY,
          verticalAlignment: "top",
          width: columnWidths[columnIndex],
          wrapWord: false,
          ...columnDefault,
          ...columns === null || columns === void 0 ? void 0 : columns[columnIndex]
        };
      });
    };
    var makeTableConfig = (rows, config = {}, injectedSpanningCellConfig) => {
      var _a, _b, _c, _d, _e;
      (0, validateConfig_1.validateConfig)("config.json", config);
      (0, validateSpanningCellConfig_1.validateSpanningCellConfig)(rows, (_a = config.spanningCells) !== null && _a !== void 0 ? _a : []);
      const spanningCellConfigs = (_b = injectedSpanningCellConfig !== null && injectedSpanningCellConfig !== void 0 ? injectedSpanningCellConfig : config.spanningCells) !== null && _b !== void 0 ? _b : [];
      const columnsConfig = makeColumnsConfig(rows, config.columns, config.columnDefault, spanningCellConfigs);
      const drawVerticalLine = (_c = config.drawVerticalLine) !== null && _c !== void 0 ? _c : (() => {
        return true;
      });
      const drawHorizontalLine = (_d = config.drawHorizontalLine) !== null && _d !== void 0 ? _d : (() => {
        return true;
      });
      return {
        ...config,
        border: (0, utils_1.makeBorderConfig)(config.border),
        columns: columnsConfig,
        drawHorizontalLine,
        drawVerticalLine,
        singleLine: (_e = config.singleLine) !== null && _e !== void 0 ? _e : false,
        spanningCellManager: (0, spanningCellManager_1.createSpanningCellManager)({
          columnsConfig,
          drawHorizontalLine,
          drawVerticalLine,
          rows,
          spanningCellConfigs
        })
      };
    };
    exports2.makeTableConfig = makeTableConfig;
  }
});

// node_modules/table/dist/src/validateTableData.js
var require_validateTableData = __commonJS({
  "node_modules/table/dist/src/validateTableData.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.validateTableData = void 0;
    var utils_1 = require_utils();
    var validateTableData = (rows) => {
      if (!Array.isArray(rows)) {
        throw new TypeError("Table data must be an array.");
      }
      if (rows.length === 0) {
        throw new Error("Table must define at least one row.");
      }
      if (rows[0].length === 0) {
        throw new Error("Table must define at least one column.");
      }
      const columnNumber = rows[0].length;
      for (const row of rows) {
        if (!Array.isArray(row)) {
          throw new TypeError("Table row data must be an array.");
        }
        if (row.length !== columnNumber) {
          throw new Error("Table must have a consistent number of cells.");
        }
        for (const cell of row) {
          if (/[\u0001-\u0006\u0008\u0009\u000B-\u001A]/.test((0, utils_1.normalizeString)(String(cell)))) {
            throw new Error("Table data must not contain control characters.");
          }
        }
      }
    };
    exports2.validateTableData = validateTableData;
  }
});

// node_modules/table/dist/src/table.js
var require_table = __commonJS({
  "node_modules/table/dist/src/table.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.table = void 0;
    var alignTableData_1 = require_alignTableData();
    var calculateOutputColumnWidths_1 = require_calculateOutputColumnWidths();
    var calculateRowHeights_1 = require_calculateRowHeights();
    var drawTable_1 = require_drawTable();
    var injectHeaderConfig_1 = require_injectHeaderConfig();
    var makeTableConfig_1 = require_makeTableConfig();
    var mapDataUsingRowHeights_1 = require_mapDataUsingRowHeights();
    var padTableData_1 = require_padTableData();
    var stringifyTableData_1 = require_stringifyTableData();
    var truncateTableData_1 = require_truncateTableData();
    var utils_1 = require_utils();
    var validateTableData_1 = require_validateTableData();
    var table = (data, userConfig = {}) => {
      (0, validateTableData_1.validateTableData)(data);
      let rows = (0, stringifyTableData_1.stringifyTableData)(data);
      const [injectedRows, injectedSpanningCellConfig] = (0, injectHeaderConfig_1.injectHeaderConfig)(rows, userConfig);
      const config = (0, makeTableConfig_1.makeTableConfig)(injectedRows, userConfig, injectedSpanningCellConfig);
      rows = (0, truncateTableData_1.truncateTableData)(injectedRows, (0, utils_1.extractTruncates)(config));
      const rowHeights = (0, calculateRowHeights_1.calculateRowHeights)(rows, config);
      config.spanningCellManager.setRowHeights(rowHeights);
      config.spanningCellManager.setRowIndexMapping(rowHeights);
      rows = (0, mapDataUsingRowHeights_1.mapDataUsingRowHeights)(rows, rowHeights, config);
      rows = (0, alignTableData_1.alignTableData)(rows, config);
      rows = (0, padTableData_1.padTableData)(rows, config);
      const outputColumnWidths = (0, calculateOutputColumnWidths_1.calculateOutputColumnWidths)(config);
      return (0, drawTable_1.drawTable)(rows, outputColumnWidths, rowHeights, config);
    };
    exports2.table = table;
  }
});

// node_modules/table/dist/src/types/api.js
var require_api = __commonJS({
  "node_modules/table/dist/src/types/api.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
  }
});

// node_modules/table/dist/src/index.js
var require_src = __commonJS({
  "node_modules/table/dist/src/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      Object.defineProperty(o, k2, { enumerable: true, get: function() {
        return m[k];
      } });
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.getBorderCharacters = exports2.createStream = exports2.table = void 0;
    var createStream_1 = require_createStream();
    Object.defineProperty(exports2, "createStream", { enumerable: true, get: function() {
      return createStream_1.createStream;
    } });
    var getBorderCharacters_1 = require_getBorderCharacters();
    Object.defineProperty(exports2, "getBorderCharacters", { enumerable: true, get: function() {
      return getBorderCharacters_1.getBorderCharacters;
    } });
    var table_1 = require_table();
    Object.defineProperty(exports2, "table", { enumerable: true, get: function() {
      return table_1.table;
    } });
    __exportStar(require_api(), exports2);
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/format-table.js
var require_format_table = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/format-table.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
      Object.defineProperty(o, "default", { enumerable: true, value: v });
    }) : function(o, v) {
      o["default"] = v;
    });
    var __importStar = exports2 && exports2.__importStar || /* @__PURE__ */ (function() {
      var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function(o2) {
          var ar = [];
          for (var k in o2) if (Object.prototype.hasOwnProperty.call(o2, k)) ar[ar.length] = k;
          return ar;
        };
        return ownKeys(o);
      };
      return function(mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    })();
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatTable = formatTable;
    var chalk_1 = __importDefault(require_source());
    var string_width_1 = __importDefault(require_string_width());
    var table = __importStar(require_src());
    function formatTable(cells, columns, noHorizontalLines) {
      return table.table(cells, {
        border: TABLE_BORDER_CHARACTERS,
        columns: buildColumnConfig(columns !== void 0 ? calculateColumnWidths(cells, columns) : void 0),
        drawHorizontalLine: (line) => {
          if (noHorizontalLines) {
            return line < 2 || line === cells.length;
          }
          return line < 2 || line === cells.length || lineBetween(cells[line - 1], cells[line]);
        }
      }).trimRight();
    }
    function lineBetween(rowA, rowB) {
      return rowA[1] !== rowB[1];
    }
    function buildColumnConfig(widths) {
      if (widths === void 0) {
        return void 0;
      }
      const ret = {};
      widths.forEach((width, i) => {
        if (width === void 0) {
          return;
        }
        ret[i] = { width };
      });
      return ret;
    }
    function calculateColumnWidths(rows, terminalWidth) {
      terminalWidth = Math.max(terminalWidth, 40);
      const columns = rows[0].map((_, i) => Math.max(...rows.map((row) => (0, string_width_1.default)(String(row[i])))));
      const contentWidth = terminalWidth - 2 - columns.length * 3;
      if (sum(columns) <= contentWidth) {
        return columns;
      }
      const fairShare = Math.min(contentWidth / columns.length);
      const smallColumns = columns.filter((w) => w < fairShare);
      let distributableWidth = contentWidth - sum(smallColumns);
      const fairDistributable = Math.floor(distributableWidth / (columns.length - smallColumns.length));
      const ret = new Array();
      for (const requestedWidth of columns) {
        if (requestedWidth < fairShare) {
          ret.push(requestedWidth);
        } else {
          const width = distributableWidth < 2 * fairDistributable ? distributableWidth : fairDistributable;
          ret.push(width);
          distributableWidth -= width;
        }
      }
      return ret;
    }
    function sum(xs) {
      let total = 0;
      for (const x of xs) {
        total += x;
      }
      return total;
    }
    var tableColor = chalk_1.default.gray;
    var TABLE_BORDER_CHARACTERS = {
      topBody: tableColor("\u2500"),
      topJoin: tableColor("\u252C"),
      topLeft: tableColor("\u250C"),
      topRight: tableColor("\u2510"),
      bottomBody: tableColor("\u2500"),
      bottomJoin: tableColor("\u2534"),
      bottomLeft: tableColor("\u2514"),
      bottomRight: tableColor("\u2518"),
      bodyLeft: tableColor("\u2502"),
      bodyRight: tableColor("\u2502"),
      bodyJoin: tableColor("\u2502"),
      joinBody: tableColor("\u2500"),
      joinLeft: tableColor("\u251C"),
      joinRight: tableColor("\u2524"),
      joinJoin: tableColor("\u253C")
    };
  }
});

// node_modules/diff/libcjs/diff/base.js
var require_base = __commonJS({
  "node_modules/diff/libcjs/diff/base.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    var Diff = class {
      diff(oldStr, newStr, options = {}) {
        let callback;
        if (typeof options === "function") {
          callback = options;
          options = {};
        } else if ("callback" in options) {
          callback = options.callback;
        }
        const oldString = this.castInput(oldStr, options);
        const newString = this.castInput(newStr, options);
        const oldTokens = this.removeEmpty(this.tokenize(oldString, options));
        const newTokens = this.removeEmpty(this.tokenize(newString, options));
        return this.diffWithOptionsObj(oldTokens, newTokens, options, callback);
      }
      diffWithOptionsObj(oldTokens, newTokens, options, callback) {
        var _a;
        const done = (value) => {
          value = this.postProcess(value, options);
          if (callback) {
            setTimeout(function() {
              callback(value);
            }, 0);
            return void 0;
          } else {
            return value;
          }
        };
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let editLength = 1;
        let maxEditLength = newLen + oldLen;
        if (options.maxEditLength != null) {
          maxEditLength = Math.min(maxEditLength, options.maxEditLength);
        }
        const maxExecutionTime = (_a = options.timeout) !== null && _a !== void 0 ? _a : Infinity;
        const abortAfterTimestamp = Date.now() + maxExecutionTime;
        const bestPath = [{ oldPos: -1, lastComponent: void 0 }];
        let newPos = this.extractCommon(bestPath[0], newTokens, oldTokens, 0, options);
        if (bestPath[0].oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
          return done(this.buildValues(bestPath[0].lastComponent, newTokens, oldTokens));
        }
        let minDiagonalToConsider = -Infinity, maxDiagonalToConsider = Infinity;
        const execEditLength = () => {
          for (let diagonalPath = Math.max(minDiagonalToConsider, -editLength); diagonalPath <= Math.min(maxDiagonalToConsider, editLength); diagonalPath += 2) {
            let basePath;
            const removePath = bestPath[diagonalPath - 1], addPath = bestPath[diagonalPath + 1];
            if (removePath) {
              bestPath[diagonalPath - 1] = void 0;
            }
            let canAdd = false;
            if (addPath) {
              const addPathNewPos = addPath.oldPos - diagonalPath;
              canAdd = addPath && 0 <= addPathNewPos && addPathNewPos < newLen;
            }
            const canRemove = removePath && removePath.oldPos + 1 < oldLen;
            if (!canAdd && !canRemove) {
              bestPath[diagonalPath] = void 0;
              continue;
            }
            if (!canRemove || canAdd && removePath.oldPos < addPath.oldPos) {
              basePath = this.addToPath(addPath, true, false, 0, options);
            } else {
              basePath = this.addToPath(removePath, false, true, 1, options);
            }
            newPos = this.extractCommon(basePath, newTokens, oldTokens, diagonalPath, options);
            if (basePath.oldPos + 1 >= oldLen && newPos + 1 >= newLen) {
              return done(this.buildValues(basePath.lastComponent, newTokens, oldTokens)) || true;
            } else {
              bestPath[diagonalPath] = basePath;
              if (basePath.oldPos + 1 >= oldLen) {
                maxDiagonalToConsider = Math.min(maxDiagonalToConsider, diagonalPath - 1);
              }
              if (newPos + 1 >= newLen) {
                minDiagonalToConsider = Math.max(minDiagonalToConsider, diagonalPath + 1);
              }
            }
          }
          editLength++;
        };
        if (callback) {
          (function exec() {
            setTimeout(function() {
              if (editLength > maxEditLength || Date.now() > abortAfterTimestamp) {
                return callback(void 0);
              }
              if (!execEditLength()) {
                exec();
              }
            }, 0);
          })();
        } else {
          while (editLength <= maxEditLength && Date.now() <= abortAfterTimestamp) {
            const ret = execEditLength();
            if (ret) {
              return ret;
            }
          }
        }
      }
      addToPath(path, added, removed, oldPosInc, options) {
        const last = path.lastComponent;
        if (last && !options.oneChangePerToken && last.added === added && last.removed === removed) {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: last.count + 1, added, removed, previousComponent: last.previousComponent }
          };
        } else {
          return {
            oldPos: path.oldPos + oldPosInc,
            lastComponent: { count: 1, added, removed, previousComponent: last }
          };
        }
      }
      extractCommon(basePath, newTokens, oldTokens, diagonalPath, options) {
        const newLen = newTokens.length, oldLen = oldTokens.length;
        let oldPos = basePath.oldPos, newPos = oldPos - diagonalPath, commonCount = 0;
        while (newPos + 1 < newLen && oldPos + 1 < oldLen && this.equals(oldTokens[oldPos + 1], newTokens[newPos + 1], options)) {
          newPos++;
          oldPos++;
          commonCount++;
          if (options.oneChangePerToken) {
            basePath.lastComponent = { count: 1, previousComponent: basePath.lastComponent, added: false, removed: false };
          }
        }
        if (commonCount && !options.oneChangePerToken) {
          basePath.lastComponent = { count: commonCount, previousComponent: basePath.lastComponent, added: false, removed: false };
        }
        basePath.oldPos = oldPos;
        return newPos;
      }
      equals(left, right, options) {
        if (options.comparator) {
          return options.comparator(left, right);
        } else {
          return left === right || !!options.ignoreCase && left.toLowerCase() === right.toLowerCase();
        }
      }
      removeEmpty(array) {
        const ret = [];
        for (let i = 0; i < array.length; i++) {
          if (array[i]) {
            ret.push(array[i]);
          }
        }
        return ret;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      castInput(value, options) {
        return value;
      }
      // eslint-disable-next-line @typescript-eslint/no-unused-vars
      tokenize(value, options) {
        return Array.from(value);
      }
      join(chars) {
        return chars.join("");
      }
      postProcess(changeObjects, options) {
        return changeObjects;
      }
      get useLongestToken() {
        return false;
      }
      buildValues(lastComponent, newTokens, oldTokens) {
        const components = [];
        let nextComponent;
        while (lastComponent) {
          components.push(lastComponent);
          nextComponent = lastComponent.previousComponent;
          delete lastComponent.previousComponent;
          lastComponent = nextComponent;
        }
        components.reverse();
        const componentLen = components.length;
        let componentPos = 0, newPos = 0, oldPos = 0;
        for (; componentPos < componentLen; componentPos++) {
          const component = components[componentPos];
          if (!component.removed) {
            if (!component.added && this.useLongestToken) {
              let value = newTokens.slice(newPos, newPos + component.count);
              value = value.map(function(value2, i) {
                const oldValue = oldTokens[oldPos + i];
                return oldValue.length > value2.length ? oldValue : value2;
              });
              component.value = this.join(value);
            } else {
              component.value = this.join(newTokens.slice(newPos, newPos + component.count));
            }
            newPos += component.count;
            if (!component.added) {
              oldPos += component.count;
            }
          } else {
            component.value = this.join(oldTokens.slice(oldPos, oldPos + component.count));
            oldPos += component.count;
          }
        }
        return components;
      }
    };
    exports2.default = Diff;
  }
});

// node_modules/diff/libcjs/diff/character.js
var require_character = __commonJS({
  "node_modules/diff/libcjs/diff/character.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.characterDiff = void 0;
    exports2.diffChars = diffChars;
    var base_js_1 = __importDefault(require_base());
    var CharacterDiff = class extends base_js_1.default {
    };
    exports2.characterDiff = new CharacterDiff();
    function diffChars(oldStr, newStr, options) {
      return exports2.characterDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/util/string.js
var require_string = __commonJS({
  "node_modules/diff/libcjs/util/string.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.longestCommonPrefix = longestCommonPrefix;
    exports2.longestCommonSuffix = longestCommonSuffix;
    exports2.replacePrefix = replacePrefix;
    exports2.replaceSuffix = replaceSuffix;
    exports2.removePrefix = removePrefix;
    exports2.removeSuffix = removeSuffix;
    exports2.maximumOverlap = maximumOverlap;
    exports2.hasOnlyWinLineEndings = hasOnlyWinLineEndings;
    exports2.hasOnlyUnixLineEndings = hasOnlyUnixLineEndings;
    exports2.segment = segment;
    exports2.trailingWs = trailingWs;
    exports2.leadingWs = leadingWs;
    exports2.leadingAndTrailingWs = leadingAndTrailingWs;
    function longestCommonPrefix(str1, str2) {
      let i;
      for (i = 0; i < str1.length && i < str2.length; i++) {
        if (str1[i] != str2[i]) {
          return str1.slice(0, i);
        }
      }
      return str1.slice(0, i);
    }
    function longestCommonSuffix(str1, str2) {
      let i;
      if (!str1 || !str2 || str1[str1.length - 1] != str2[str2.length - 1]) {
        return "";
      }
      for (i = 0; i < str1.length && i < str2.length; i++) {
        if (str1[str1.length - (i + 1)] != str2[str2.length - (i + 1)]) {
          return str1.slice(-i);
        }
      }
      return str1.slice(-i);
    }
    function replacePrefix(string, oldPrefix, newPrefix) {
      if (string.slice(0, oldPrefix.length) != oldPrefix) {
        throw Error(`string ${JSON.stringify(string)} doesn't start with prefix ${JSON.stringify(oldPrefix)}; this is a bug`);
      }
      return newPrefix + string.slice(oldPrefix.length);
    }
    function replaceSuffix(string, oldSuffix, newSuffix) {
      if (!oldSuffix) {
        return string + newSuffix;
      }
      if (string.slice(-oldSuffix.length) != oldSuffix) {
        throw Error(`string ${JSON.stringify(string)} doesn't end with suffix ${JSON.stringify(oldSuffix)}; this is a bug`);
      }
      return string.slice(0, -oldSuffix.length) + newSuffix;
    }
    function removePrefix(string, oldPrefix) {
      return replacePrefix(string, oldPrefix, "");
    }
    function removeSuffix(string, oldSuffix) {
      return replaceSuffix(string, oldSuffix, "");
    }
    function maximumOverlap(string1, string2) {
      return string2.slice(0, overlapCount(string1, string2));
    }
    function overlapCount(a, b) {
      let startA = 0;
      if (a.length > b.length) {
        startA = a.length - b.length;
      }
      let endB = b.length;
      if (a.length < b.length) {
        endB = a.length;
      }
      const map = Array(endB);
      let k = 0;
      map[0] = 0;
      for (let j = 1; j < endB; j++) {
        if (b[j] == b[k]) {
          map[j] = map[k];
        } else {
          map[j] = k;
        }
        while (k > 0 && b[j] != b[k]) {
          k = map[k];
        }
        if (b[j] == b[k]) {
          k++;
        }
      }
      k = 0;
      for (let i = startA; i < a.length; i++) {
        while (k > 0 && a[i] != b[k]) {
          k = map[k];
        }
        if (a[i] == b[k]) {
          k++;
        }
      }
      return k;
    }
    function hasOnlyWinLineEndings(string) {
      return string.includes("\r\n") && !string.startsWith("\n") && !string.match(/[^\r]\n/);
    }
    function hasOnlyUnixLineEndings(string) {
      return !string.includes("\r\n") && string.includes("\n");
    }
    function segment(string, segmenter) {
      const parts = [];
      for (const segmentObj of Array.from(segmenter.segment(string))) {
        const segment2 = segmentObj.segment;
        if (parts.length && /\s/.test(parts[parts.length - 1]) && /\s/.test(segment2)) {
          parts[parts.length - 1] += segment2;
        } else {
          parts.push(segment2);
        }
      }
      return parts;
    }
    function trailingWs(string, segmenter) {
      if (segmenter) {
        return leadingAndTrailingWs(string, segmenter)[1];
      }
      let i;
      for (i = string.length - 1; i >= 0; i--) {
        if (!string[i].match(/\s/)) {
          break;
        }
      }
      return string.substring(i + 1);
    }
    function leadingWs(string, segmenter) {
      if (segmenter) {
        return leadingAndTrailingWs(string, segmenter)[0];
      }
      const match = string.match(/^\s*/);
      return match ? match[0] : "";
    }
    function leadingAndTrailingWs(string, segmenter) {
      if (!segmenter) {
        return [leadingWs(string), trailingWs(string)];
      }
      if (segmenter.resolvedOptions().granularity != "word") {
        throw new Error('The segmenter passed must have a granularity of "word"');
      }
      const segments = segment(string, segmenter);
      const firstSeg = segments[0];
      const lastSeg = segments[segments.length - 1];
      const head = /\s/.test(firstSeg) ? firstSeg : "";
      const tail = /\s/.test(lastSeg) ? lastSeg : "";
      return [head, tail];
    }
  }
});

// node_modules/diff/libcjs/diff/word.js
var require_word = __commonJS({
  "node_modules/diff/libcjs/diff/word.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.wordsWithSpaceDiff = exports2.wordDiff = void 0;
    exports2.diffWords = diffWords;
    exports2.diffWordsWithSpace = diffWordsWithSpace;
    var base_js_1 = __importDefault(require_base());
    var string_js_1 = require_string();
    var extendedWordChars = "a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}";
    var tokenizeIncludingWhitespace = new RegExp(`[${extendedWordChars}]+|\\s+|[^${extendedWordChars}]`, "ug");
    var WordDiff = class extends base_js_1.default {
      equals(left, right, options) {
        if (options.ignoreCase) {
          left = left.toLowerCase();
          right = right.toLowerCase();
        }
        return left.trim() === right.trim();
      }
      tokenize(value, options = {}) {
        let parts;
        if (options.intlSegmenter) {
          const segmenter = options.intlSegmenter;
          if (segmenter.resolvedOptions().granularity != "word") {
            throw new Error('The segmenter passed must have a granularity of "word"');
          }
          parts = (0, string_js_1.segment)(value, segmenter);
        } else {
          parts = value.match(tokenizeIncludingWhitespace) || [];
        }
        const tokens = [];
        let prevPart = null;
        parts.forEach((part) => {
          if (/\s/.test(part)) {
            if (prevPart == null) {
              tokens.push(part);
            } else {
              tokens.push(tokens.pop() + part);
            }
          } else if (prevPart != null && /\s/.test(prevPart)) {
            if (tokens[tokens.length - 1] == prevPart) {
              tokens.push(tokens.pop() + part);
            } else {
              tokens.push(prevPart + part);
            }
          } else {
            tokens.push(part);
          }
          prevPart = part;
        });
        return tokens;
      }
      join(tokens) {
        return tokens.map((token, i) => {
          if (i == 0) {
            return token;
          } else {
            return token.replace(/^\s+/, "");
          }
        }).join("");
      }
      postProcess(changes, options) {
        if (!changes || options.oneChangePerToken) {
          return changes;
        }
        let lastKeep = null;
        let insertion = null;
        let deletion = null;
        changes.forEach((change) => {
          if (change.added) {
            insertion = change;
          } else if (change.removed) {
            deletion = change;
          } else {
            if (insertion || deletion) {
              dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, change, options.intlSegmenter);
            }
            lastKeep = change;
            insertion = null;
            deletion = null;
          }
        });
        if (insertion || deletion) {
          dedupeWhitespaceInChangeObjects(lastKeep, deletion, insertion, null, options.intlSegmenter);
        }
        return changes;
      }
    };
    exports2.wordDiff = new WordDiff();
    function diffWords(oldStr, newStr, options) {
      if ((options === null || options === void 0 ? void 0 : options.ignoreWhitespace) != null && !options.ignoreWhitespace) {
        return diffWordsWithSpace(oldStr, newStr, options);
      }
      return exports2.wordDiff.diff(oldStr, newStr, options);
    }
    function dedupeWhitespaceInChangeObjects(startKeep, deletion, insertion, endKeep, segmenter) {
      if (deletion && insertion) {
        const [oldWsPrefix, oldWsSuffix] = (0, string_js_1.leadingAndTrailingWs)(deletion.value, segmenter);
        const [newWsPrefix, newWsSuffix] = (0, string_js_1.leadingAndTrailingWs)(insertion.value, segmenter);
        if (startKeep) {
          const commonWsPrefix = (0, string_js_1.longestCommonPrefix)(oldWsPrefix, newWsPrefix);
          startKeep.value = (0, string_js_1.replaceSuffix)(startKeep.value, newWsPrefix, commonWsPrefix);
          deletion.value = (0, string_js_1.removePrefix)(deletion.value, commonWsPrefix);
          insertion.value = (0, string_js_1.removePrefix)(insertion.value, commonWsPrefix);
        }
        if (endKeep) {
          const commonWsSuffix = (0, string_js_1.longestCommonSuffix)(oldWsSuffix, newWsSuffix);
          endKeep.value = (0, string_js_1.replacePrefix)(endKeep.value, newWsSuffix, commonWsSuffix);
          deletion.value = (0, string_js_1.removeSuffix)(deletion.value, commonWsSuffix);
          insertion.value = (0, string_js_1.removeSuffix)(insertion.value, commonWsSuffix);
        }
      } else if (insertion) {
        if (startKeep) {
          const ws = (0, string_js_1.leadingWs)(insertion.value, segmenter);
          insertion.value = insertion.value.substring(ws.length);
        }
        if (endKeep) {
          const ws = (0, string_js_1.leadingWs)(endKeep.value, segmenter);
          endKeep.value = endKeep.value.substring(ws.length);
        }
      } else if (startKeep && endKeep) {
        const newWsFull = (0, string_js_1.leadingWs)(endKeep.value, segmenter), [delWsStart, delWsEnd] = (0, string_js_1.leadingAndTrailingWs)(deletion.value, segmenter);
        const newWsStart = (0, string_js_1.longestCommonPrefix)(newWsFull, delWsStart);
        deletion.value = (0, string_js_1.removePrefix)(deletion.value, newWsStart);
        const newWsEnd = (0, string_js_1.longestCommonSuffix)((0, string_js_1.removePrefix)(newWsFull, newWsStart), delWsEnd);
        deletion.value = (0, string_js_1.removeSuffix)(deletion.value, newWsEnd);
        endKeep.value = (0, string_js_1.replacePrefix)(endKeep.value, newWsFull, newWsEnd);
        startKeep.value = (0, string_js_1.replaceSuffix)(startKeep.value, newWsFull, newWsFull.slice(0, newWsFull.length - newWsEnd.length));
      } else if (endKeep) {
        const endKeepWsPrefix = (0, string_js_1.leadingWs)(endKeep.value, segmenter);
        const deletionWsSuffix = (0, string_js_1.trailingWs)(deletion.value, segmenter);
        const overlap = (0, string_js_1.maximumOverlap)(deletionWsSuffix, endKeepWsPrefix);
        deletion.value = (0, string_js_1.removeSuffix)(deletion.value, overlap);
      } else if (startKeep) {
        const startKeepWsSuffix = (0, string_js_1.trailingWs)(startKeep.value, segmenter);
        const deletionWsPrefix = (0, string_js_1.leadingWs)(deletion.value, segmenter);
        const overlap = (0, string_js_1.maximumOverlap)(startKeepWsSuffix, deletionWsPrefix);
        deletion.value = (0, string_js_1.removePrefix)(deletion.value, overlap);
      }
    }
    var WordsWithSpaceDiff = class extends base_js_1.default {
      tokenize(value) {
        const regex = new RegExp(`(\\r?\\n)|[${extendedWordChars}]+|[^\\S\\n\\r]+|[^${extendedWordChars}]`, "ug");
        return value.match(regex) || [];
      }
    };
    exports2.wordsWithSpaceDiff = new WordsWithSpaceDiff();
    function diffWordsWithSpace(oldStr, newStr, options) {
      return exports2.wordsWithSpaceDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/util/params.js
var require_params = __commonJS({
  "node_modules/diff/libcjs/util/params.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.generateOptions = generateOptions;
    function generateOptions(options, defaults) {
      if (typeof options === "function") {
        defaults.callback = options;
      } else if (options) {
        for (const name in options) {
          if (Object.prototype.hasOwnProperty.call(options, name)) {
            defaults[name] = options[name];
          }
        }
      }
      return defaults;
    }
  }
});

// node_modules/diff/libcjs/diff/line.js
var require_line = __commonJS({
  "node_modules/diff/libcjs/diff/line.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.lineDiff = void 0;
    exports2.diffLines = diffLines;
    exports2.diffTrimmedLines = diffTrimmedLines;
    exports2.tokenize = tokenize;
    var base_js_1 = __importDefault(require_base());
    var params_js_1 = require_params();
    var LineDiff = class extends base_js_1.default {
      constructor() {
        super(...arguments);
        this.tokenize = tokenize;
      }
      equals(left, right, options) {
        if (options.ignoreWhitespace) {
          if (!options.newlineIsToken || !left.includes("\n")) {
            left = left.trim();
          }
          if (!options.newlineIsToken || !right.includes("\n")) {
            right = right.trim();
          }
        } else if (options.ignoreNewlineAtEof && !options.newlineIsToken) {
          if (left.endsWith("\n")) {
            left = left.slice(0, -1);
          }
          if (right.endsWith("\n")) {
            right = right.slice(0, -1);
          }
        }
        return super.equals(left, right, options);
      }
    };
    exports2.lineDiff = new LineDiff();
    function diffLines(oldStr, newStr, options) {
      return exports2.lineDiff.diff(oldStr, newStr, options);
    }
    function diffTrimmedLines(oldStr, newStr, options) {
      options = (0, params_js_1.generateOptions)(options, { ignoreWhitespace: true });
      return exports2.lineDiff.diff(oldStr, newStr, options);
    }
    function tokenize(value, options) {
      if (options.stripTrailingCr) {
        value = value.replace(/\r\n/g, "\n");
      }
      const retLines = [], linesAndNewlines = value.split(/(\n|\r\n)/);
      if (!linesAndNewlines[linesAndNewlines.length - 1]) {
        linesAndNewlines.pop();
      }
      for (let i = 0; i < linesAndNewlines.length; i++) {
        const line = linesAndNewlines[i];
        if (i % 2 && !options.newlineIsToken) {
          retLines[retLines.length - 1] += line;
        } else {
          retLines.push(line);
        }
      }
      return retLines;
    }
  }
});

// node_modules/diff/libcjs/diff/sentence.js
var require_sentence = __commonJS({
  "node_modules/diff/libcjs/diff/sentence.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.sentenceDiff = void 0;
    exports2.diffSentences = diffSentences;
    var base_js_1 = __importDefault(require_base());
    function isSentenceEndPunct(char) {
      return char == "." || char == "!" || char == "?";
    }
    var SentenceDiff = class extends base_js_1.default {
      tokenize(value) {
        var _a;
        const result = [];
        let tokenStartI = 0;
        for (let i = 0; i < value.length; i++) {
          if (i == value.length - 1) {
            result.push(value.slice(tokenStartI));
            break;
          }
          if (isSentenceEndPunct(value[i]) && value[i + 1].match(/\s/)) {
            result.push(value.slice(tokenStartI, i + 1));
            i = tokenStartI = i + 1;
            while ((_a = value[i + 1]) === null || _a === void 0 ? void 0 : _a.match(/\s/)) {
              i++;
            }
            result.push(value.slice(tokenStartI, i + 1));
            tokenStartI = i + 1;
          }
        }
        return result;
      }
    };
    exports2.sentenceDiff = new SentenceDiff();
    function diffSentences(oldStr, newStr, options) {
      return exports2.sentenceDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/diff/css.js
var require_css = __commonJS({
  "node_modules/diff/libcjs/diff/css.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.cssDiff = void 0;
    exports2.diffCss = diffCss;
    var base_js_1 = __importDefault(require_base());
    var CssDiff = class extends base_js_1.default {
      tokenize(value) {
        return value.split(/([{}:;,]|\s+)/);
      }
    };
    exports2.cssDiff = new CssDiff();
    function diffCss(oldStr, newStr, options) {
      return exports2.cssDiff.diff(oldStr, newStr, options);
    }
  }
});

// node_modules/diff/libcjs/diff/json.js
var require_json = __commonJS({
  "node_modules/diff/libcjs/diff/json.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.jsonDiff = void 0;
    exports2.diffJson = diffJson;
    exports2.canonicalize = canonicalize;
    var base_js_1 = __importDefault(require_base());
    var line_js_1 = require_line();
    var JsonDiff = class extends base_js_1.default {
      constructor() {
        super(...arguments);
        this.tokenize = line_js_1.tokenize;
      }
      get useLongestToken() {
        return true;
      }
      castInput(value, options) {
        const { undefinedReplacement, stringifyReplacer = (k, v) => typeof v === "undefined" ? undefinedReplacement : v } = options;
        return typeof value === "string" ? value : JSON.stringify(canonicalize(value, null, null, stringifyReplacer), null, "  ");
      }
      equals(left, right, options) {
        return super.equals(left.replace(/,([\r\n])/g, "$1"), right.replace(/,([\r\n])/g, "$1"), options);
      }
    };
    exports2.jsonDiff = new JsonDiff();
    function diffJson(oldStr, newStr, options) {
      return exports2.jsonDiff.diff(oldStr, newStr, options);
    }
    function canonicalize(obj, stack, replacementStack, replacer, key) {
      stack = stack || [];
      replacementStack = replacementStack || [];
      if (replacer) {
        obj = replacer(key === void 0 ? "" : key, obj);
      }
      let i;
      for (i = 0; i < stack.length; i += 1) {
        if (stack[i] === obj) {
          return replacementStack[i];
        }
      }
      let canonicalizedObj;
      if ("[object Array]" === Object.prototype.toString.call(obj)) {
        stack.push(obj);
        canonicalizedObj = new Array(obj.length);
        replacementStack.push(canonicalizedObj);
        for (i = 0; i < obj.length; i += 1) {
          canonicalizedObj[i] = canonicalize(obj[i], stack, replacementStack, replacer, String(i));
        }
        stack.pop();
        replacementStack.pop();
        return canonicalizedObj;
      }
      if (obj && obj.toJSON) {
        obj = obj.toJSON();
      }
      if (typeof obj === "object" && obj !== null) {
        stack.push(obj);
        canonicalizedObj = {};
        replacementStack.push(canonicalizedObj);
        const sortedKeys = [];
        let key2;
        for (key2 in obj) {
          if (Object.prototype.hasOwnProperty.call(obj, key2)) {
            sortedKeys.push(key2);
          }
        }
        sortedKeys.sort();
        for (i = 0; i < sortedKeys.length; i += 1) {
          key2 = sortedKeys[i];
          canonicalizedObj[key2] = canonicalize(obj[key2], stack, replacementStack, replacer, key2);
        }
        stack.pop();
        replacementStack.pop();
      } else {
        canonicalizedObj = obj;
      }
      return canonicalizedObj;
    }
  }
});

// node_modules/diff/libcjs/diff/array.js
var require_array = __commonJS({
  "node_modules/diff/libcjs/diff/array.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.arrayDiff = void 0;
    exports2.diffArrays = diffArrays;
    var base_js_1 = __importDefault(require_base());
    var ArrayDiff = class extends base_js_1.default {
      tokenize(value) {
        return value.slice();
      }
      join(value) {
        return value;
      }
      removeEmpty(value) {
        return value;
      }
    };
    exports2.arrayDiff = new ArrayDiff();
    function diffArrays(oldArr, newArr, options) {
      return exports2.arrayDiff.diff(oldArr, newArr, options);
    }
  }
});

// node_modules/diff/libcjs/patch/line-endings.js
var require_line_endings = __commonJS({
  "node_modules/diff/libcjs/patch/line-endings.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.unixToWin = unixToWin;
    exports2.winToUnix = winToUnix;
    exports2.isUnix = isUnix;
    exports2.isWin = isWin;
    function unixToWin(patch) {
      if (Array.isArray(patch)) {
        return patch.map((p) => unixToWin(p));
      }
      return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line, i) => {
        var _a;
        return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\")) ? line : line + "\r";
      }) })) });
    }
    function winToUnix(patch) {
      if (Array.isArray(patch)) {
        return patch.map((p) => winToUnix(p));
      }
      return Object.assign(Object.assign({}, patch), { hunks: patch.hunks.map((hunk) => Object.assign(Object.assign({}, hunk), { lines: hunk.lines.map((line) => line.endsWith("\r") ? line.substring(0, line.length - 1) : line) })) });
    }
    function isUnix(patch) {
      if (!Array.isArray(patch)) {
        patch = [patch];
      }
      return !patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => !line.startsWith("\\") && line.endsWith("\r"))));
    }
    function isWin(patch) {
      if (!Array.isArray(patch)) {
        patch = [patch];
      }
      return patch.some((index) => index.hunks.some((hunk) => hunk.lines.some((line) => line.endsWith("\r")))) && patch.every((index) => index.hunks.every((hunk) => hunk.lines.every((line, i) => {
        var _a;
        return line.startsWith("\\") || line.endsWith("\r") || ((_a = hunk.lines[i + 1]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"));
      })));
    }
  }
});

// node_modules/diff/libcjs/patch/parse.js
var require_parse = __commonJS({
  "node_modules/diff/libcjs/patch/parse.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.parsePatch = parsePatch;
    function parsePatch(uniDiff) {
      const diffstr = uniDiff.split(/\n/), list = [];
      let i = 0;
      function isGitDiffHeader(line) {
        return /^diff --git /.test(line);
      }
      function isDiffHeader(line) {
        return isGitDiffHeader(line) || /^Index:\s/.test(line) || /^diff(?: -r \w+)+\s/.test(line);
      }
      function isFileHeader(line) {
        return /^(---|\+\+\+)\s/.test(line);
      }
      function isHunkHeader(line) {
        return /^@@\s/.test(line);
      }
      function parseIndex() {
        var _a;
        const index = {};
        index.hunks = [];
        list.push(index);
        let seenDiffHeader = false;
        while (i < diffstr.length) {
          const line = diffstr[i];
          if (isFileHeader(line) || isHunkHeader(line)) {
            break;
          }
          if (isGitDiffHeader(line)) {
            if (seenDiffHeader) {
              return;
            }
            seenDiffHeader = true;
            index.isGit = true;
            const paths = parseGitDiffHeader(line);
            if (paths) {
              index.oldFileName = paths.oldFileName;
              index.newFileName = paths.newFileName;
            }
            i++;
            while (i < diffstr.length) {
              const extLine = diffstr[i];
              if (isFileHeader(extLine) || isHunkHeader(extLine) || isDiffHeader(extLine)) {
                break;
              }
              const renameFromMatch = /^rename from (.*)/.exec(extLine);
              if (renameFromMatch) {
                index.oldFileName = "a/" + unquoteIfQuoted(renameFromMatch[1]);
                index.isRename = true;
              }
              const renameToMatch = /^rename to (.*)/.exec(extLine);
              if (renameToMatch) {
                index.newFileName = "b/" + unquoteIfQuoted(renameToMatch[1]);
                index.isRename = true;
              }
              const copyFromMatch = /^copy from (.*)/.exec(extLine);
              if (copyFromMatch) {
                index.oldFileName = "a/" + unquoteIfQuoted(copyFromMatch[1]);
                index.isCopy = true;
              }
              const copyToMatch = /^copy to (.*)/.exec(extLine);
              if (copyToMatch) {
                index.newFileName = "b/" + unquoteIfQuoted(copyToMatch[1]);
                index.isCopy = true;
              }
              const newFileModeMatch = /^new file mode (\d+)/.exec(extLine);
              if (newFileModeMatch) {
                index.isCreate = true;
                index.newMode = newFileModeMatch[1];
              }
              const deletedFileModeMatch = /^deleted file mode (\d+)/.exec(extLine);
              if (deletedFileModeMatch) {
                index.isDelete = true;
                index.oldMode = deletedFileModeMatch[1];
              }
              const oldModeMatch = /^old mode (\d+)/.exec(extLine);
              if (oldModeMatch) {
                index.oldMode = oldModeMatch[1];
              }
              const newModeMatch = /^new mode (\d+)/.exec(extLine);
              if (newModeMatch) {
                index.newMode = newModeMatch[1];
              }
              if (/^Binary files /.test(extLine)) {
                index.isBinary = true;
              }
              i++;
            }
            continue;
          } else if (isDiffHeader(line)) {
            if (seenDiffHeader) {
              return;
            }
            seenDiffHeader = true;
            const headerMatch = /^(?:Index:|diff(?: -r \w+)+)\s+/.exec(line);
            if (headerMatch) {
              index.index = line.substring(headerMatch[0].length).trim();
            }
          }
          i++;
        }
        parseFileHeader(index);
        parseFileHeader(index);
        if (index.oldFileName === void 0 !== (index.newFileName === void 0)) {
          throw new Error("Missing " + (index.oldFileName !== void 0 ? '"+++ ..."' : '"--- ..."') + " file header for " + ((_a = index.oldFileName) !== null && _a !== void 0 ? _a : index.newFileName));
        }
        while (i < diffstr.length) {
          const line = diffstr[i];
          if (isDiffHeader(line) || isFileHeader(line) || /^===================================================================/.test(line)) {
            break;
          } else if (isHunkHeader(line)) {
            index.hunks.push(parseHunk());
          } else {
            i++;
          }
        }
      }
      function parseGitDiffHeader(line) {
        const rest = line.substring("diff --git ".length);
        if (rest.startsWith('"')) {
          const oldPath = parseQuotedFileName(rest);
          if (oldPath === null) {
            return null;
          }
          const afterOld = rest.substring(oldPath.rawLength + 1);
          let newFileName;
          if (afterOld.startsWith('"')) {
            const newPath = parseQuotedFileName(afterOld);
            if (newPath === null) {
              return null;
            }
            newFileName = newPath.fileName;
          } else {
            newFileName = afterOld;
          }
          return {
            oldFileName: oldPath.fileName,
            newFileName
          };
        }
        const quoteIdx = rest.indexOf('"');
        if (quoteIdx > 0) {
          const oldFileName = rest.substring(0, quoteIdx - 1);
          const newPath = parseQuotedFileName(rest.substring(quoteIdx));
          if (newPath === null) {
            return null;
          }
          return {
            oldFileName,
            newFileName: newPath.fileName
          };
        }
        if (rest.startsWith("a/")) {
          const splits = [];
          let idx = 0;
          while (true) {
            idx = rest.indexOf(" b/", idx + 1);
            if (idx === -1) {
              break;
            }
            splits.push(idx);
          }
          if (splits.length > 0) {
            const mid = splits[Math.floor(splits.length / 2)];
            return {
              oldFileName: rest.substring(0, mid),
              newFileName: rest.substring(mid + 1)
            };
          }
        }
        return null;
      }
      function unquoteIfQuoted(s) {
        if (s.startsWith('"')) {
          const parsed = parseQuotedFileName(s);
          if (parsed) {
            return parsed.fileName;
          }
        }
        return s;
      }
      function parseQuotedFileName(s) {
        if (!s.startsWith('"')) {
          return null;
        }
        let result = "";
        let j = 1;
        while (j < s.length) {
          if (s[j] === '"') {
            return { fileName: result, rawLength: j + 1 };
          }
          if (s[j] === "\\" && j + 1 < s.length) {
            j++;
            switch (s[j]) {
              case "a":
                result += "\x07";
                break;
              case "b":
                result += "\b";
                break;
              case "f":
                result += "\f";
                break;
              case "n":
                result += "\n";
                break;
              case "r":
                result += "\r";
                break;
              case "t":
                result += "	";
                break;
              case "v":
                result += "\v";
                break;
              case "\\":
                result += "\\";
                break;
              case '"':
                result += '"';
                break;
              case "0":
              case "1":
              case "2":
              case "3":
              case "4":
              case "5":
              case "6":
              case "7": {
                if (j + 2 >= s.length || s[j + 1] < "0" || s[j + 1] > "7" || s[j + 2] < "0" || s[j + 2] > "7") {
                  return null;
                }
                const bytes = [parseInt(s.substring(j, j + 3), 8)];
                j += 3;
                while (s[j] === "\\" && s[j + 1] >= "0" && s[j + 1] <= "7") {
                  if (j + 3 >= s.length || s[j + 2] < "0" || s[j + 2] > "7" || s[j + 3] < "0" || s[j + 3] > "7") {
                    return null;
                  }
                  bytes.push(parseInt(s.substring(j + 1, j + 4), 8));
                  j += 4;
                }
                result += new TextDecoder("utf-8").decode(new Uint8Array(bytes));
                continue;
              }
              // Note that in C, there are also three kinds of hex escape sequences:
              // - \xhh
              // - \uhhhh
              // - \Uhhhhhhhh
              // We do not bother to parse them here because, so far as we know,
              // they are never emitted by any tools that generate unified diff
              // format diffs, and so for now jsdiff does not consider them legal.
              default:
                return null;
            }
          } else {
            result += s[j];
          }
          j++;
        }
        return null;
      }
      function parseFileHeader(index) {
        const fileHeaderMatch = /^(---|\+\+\+)\s+/.exec(diffstr[i]);
        if (fileHeaderMatch) {
          const prefix = fileHeaderMatch[1], data = diffstr[i].substring(3).trim().split("	", 2), header = (data[1] || "").trim();
          let fileName = data[0];
          if (fileName.startsWith('"')) {
            fileName = unquoteIfQuoted(fileName);
          } else {
            fileName = fileName.replace(/\\\\/g, "\\");
          }
          if (prefix === "---") {
            index.oldFileName = fileName;
            index.oldHeader = header;
          } else {
            index.newFileName = fileName;
            index.newHeader = header;
          }
          i++;
        }
      }
      function parseHunk() {
        var _a;
        const chunkHeaderIndex = i, chunkHeaderLine = diffstr[i++], chunkHeader = chunkHeaderLine.split(/@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/);
        const hunk = {
          oldStart: +chunkHeader[1],
          oldLines: typeof chunkHeader[2] === "undefined" ? 1 : +chunkHeader[2],
          newStart: +chunkHeader[3],
          newLines: typeof chunkHeader[4] === "undefined" ? 1 : +chunkHeader[4],
          lines: []
        };
        if (hunk.oldLines === 0) {
          hunk.oldStart += 1;
        }
        if (hunk.newLines === 0) {
          hunk.newStart += 1;
        }
        let addCount = 0, removeCount = 0;
        for (; i < diffstr.length && (removeCount < hunk.oldLines || addCount < hunk.newLines || ((_a = diffstr[i]) === null || _a === void 0 ? void 0 : _a.startsWith("\\"))); i++) {
          const operation = diffstr[i].length == 0 && i != diffstr.length - 1 ? " " : diffstr[i][0];
          if (operation === "+" || operation === "-" || operation === " " || operation === "\\") {
            hunk.lines.push(diffstr[i]);
            if (operation === "+") {
              addCount++;
            } else if (operation === "-") {
              removeCount++;
            } else if (operation === " ") {
              addCount++;
              removeCount++;
            }
          } else {
            throw new Error(`Hunk at line ${chunkHeaderIndex + 1} contained invalid line ${diffstr[i]}`);
          }
        }
        if (!addCount && hunk.newLines === 1) {
          hunk.newLines = 0;
        }
        if (!removeCount && hunk.oldLines === 1) {
          hunk.oldLines = 0;
        }
        if (addCount !== hunk.newLines) {
          throw new Error("Added line count did not match for hunk at line " + (chunkHeaderIndex + 1));
        }
        if (removeCount !== hunk.oldLines) {
          throw new Error("Removed line count did not match for hunk at line " + (chunkHeaderIndex + 1));
        }
        if (i < diffstr.length && diffstr[i] && /^[+ -]/.test(diffstr[i]) && !isFileHeader(diffstr[i])) {
          throw new Error("Hunk at line " + (chunkHeaderIndex + 1) + " has more lines than expected (expected " + hunk.oldLines + " old lines and " + hunk.newLines + " new lines)");
        }
        return hunk;
      }
      while (i < diffstr.length) {
        parseIndex();
      }
      return list;
    }
  }
});

// node_modules/diff/libcjs/util/distance-iterator.js
var require_distance_iterator = __commonJS({
  "node_modules/diff/libcjs/util/distance-iterator.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.default = default_1;
    function default_1(start, minLine, maxLine) {
      let wantForward = true, backwardExhausted = false, forwardExhausted = false, localOffset = 1;
      return function iterator() {
        if (wantForward && !forwardExhausted) {
          if (backwardExhausted) {
            localOffset++;
          } else {
            wantForward = false;
          }
          if (start + localOffset <= maxLine) {
            return start + localOffset;
          }
          forwardExhausted = true;
        }
        if (!backwardExhausted) {
          if (!forwardExhausted) {
            wantForward = true;
          }
          if (minLine <= start - localOffset) {
            return start - localOffset++;
          }
          backwardExhausted = true;
          return iterator();
        }
        return void 0;
      };
    }
  }
});

// node_modules/diff/libcjs/patch/apply.js
var require_apply = __commonJS({
  "node_modules/diff/libcjs/patch/apply.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.applyPatch = applyPatch;
    exports2.applyPatches = applyPatches;
    var string_js_1 = require_string();
    var line_endings_js_1 = require_line_endings();
    var parse_js_1 = require_parse();
    var distance_iterator_js_1 = __importDefault(require_distance_iterator());
    function applyPatch(source, patch, options = {}) {
      let patches;
      if (typeof patch === "string") {
        patches = (0, parse_js_1.parsePatch)(patch);
      } else if (Array.isArray(patch)) {
        patches = patch;
      } else {
        patches = [patch];
      }
      if (patches.length > 1) {
        throw new Error("applyPatch only works with a single input.");
      }
      return applyStructuredPatch(source, patches[0], options);
    }
    function applyStructuredPatch(source, patch, options = {}) {
      if (options.autoConvertLineEndings || options.autoConvertLineEndings == null) {
        if ((0, string_js_1.hasOnlyWinLineEndings)(source) && (0, line_endings_js_1.isUnix)(patch)) {
          patch = (0, line_endings_js_1.unixToWin)(patch);
        } else if ((0, string_js_1.hasOnlyUnixLineEndings)(source) && (0, line_endings_js_1.isWin)(patch)) {
          patch = (0, line_endings_js_1.winToUnix)(patch);
        }
      }
      const lines = source.split("\n"), hunks = patch.hunks, compareLine = options.compareLine || ((lineNumber, line, operation, patchContent) => line === patchContent), fuzzFactor = options.fuzzFactor || 0;
      let minLine = 0;
      if (fuzzFactor < 0 || !Number.isInteger(fuzzFactor)) {
        throw new Error("fuzzFactor must be a non-negative integer");
      }
      if (!hunks.length) {
        return source;
      }
      let prevLine = "", removeEOFNL = false, addEOFNL = false;
      for (let i = 0; i < hunks[hunks.length - 1].lines.length; i++) {
        const line = hunks[hunks.length - 1].lines[i];
        if (line[0] == "\\") {
          if (prevLine[0] == "+") {
            removeEOFNL = true;
          } else if (prevLine[0] == "-") {
            addEOFNL = true;
          }
        }
        prevLine = line;
      }
      if (removeEOFNL) {
        if (addEOFNL) {
          if (!fuzzFactor && lines[lines.length - 1] == "") {
            return false;
          }
        } else if (lines[lines.length - 1] == "") {
          lines.pop();
        } else if (!fuzzFactor) {
          return false;
        }
      } else if (addEOFNL) {
        if (lines[lines.length - 1] != "") {
          lines.push("");
        } else if (!fuzzFactor) {
          return false;
        }
      }
      function applyHunk(hunkLines, toPos, maxErrors, hunkLinesI = 0, lastContextLineMatched = true, patchedLines = [], patchedLinesLength = 0) {
        let nConsecutiveOldContextLines = 0;
        let nextContextLineMustMatch = false;
        for (; hunkLinesI < hunkLines.length; hunkLinesI++) {
          const hunkLine = hunkLines[hunkLinesI], operation = hunkLine.length > 0 ? hunkLine[0] : " ", content = hunkLine.length > 0 ? hunkLine.substr(1) : hunkLine;
          if (operation === "-") {
            if (compareLine(toPos + 1, lines[toPos], operation, content)) {
              toPos++;
              nConsecutiveOldContextLines = 0;
            } else {
              if (!maxErrors || lines[toPos] == null) {
                return null;
              }
              patchedLines[patchedLinesLength] = lines[toPos];
              return applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1);
            }
          }
          if (operation === "+") {
            if (!lastContextLineMatched) {
              return null;
            }
            patchedLines[patchedLinesLength] = content;
            patchedLinesLength++;
            nConsecutiveOldContextLines = 0;
            nextContextLineMustMatch = true;
          }
          if (operation === " ") {
            nConsecutiveOldContextLines++;
            patchedLines[patchedLinesLength] = lines[toPos];
            if (compareLine(toPos + 1, lines[toPos], operation, content)) {
              patchedLinesLength++;
              lastContextLineMatched = true;
              nextContextLineMustMatch = false;
              toPos++;
            } else {
              if (nextContextLineMustMatch || !maxErrors) {
                return null;
              }
              return lines[toPos] && (applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength + 1) || applyHunk(hunkLines, toPos + 1, maxErrors - 1, hunkLinesI, false, patchedLines, patchedLinesLength + 1)) || applyHunk(hunkLines, toPos, maxErrors - 1, hunkLinesI + 1, false, patchedLines, patchedLinesLength);
            }
          }
        }
        patchedLinesLength -= nConsecutiveOldContextLines;
        toPos -= nConsecutiveOldContextLines;
        patchedLines.length = patchedLinesLength;
        return {
          patchedLines,
          oldLineLastI: toPos - 1
        };
      }
      const resultLines = [];
      let prevHunkOffset = 0;
      for (let i = 0; i < hunks.length; i++) {
        const hunk = hunks[i];
        let hunkResult;
        const maxLine = lines.length - hunk.oldLines + fuzzFactor;
        let toPos;
        for (let maxErrors = 0; maxErrors <= fuzzFactor; maxErrors++) {
          toPos = hunk.oldStart + prevHunkOffset - 1;
          const iterator = (0, distance_iterator_js_1.default)(toPos, minLine, maxLine);
          for (; toPos !== void 0; toPos = iterator()) {
            hunkResult = applyHunk(hunk.lines, toPos, maxErrors);
            if (hunkResult) {
              break;
            }
          }
          if (hunkResult) {
            break;
          }
        }
        if (!hunkResult) {
          return false;
        }
        for (let i2 = minLine; i2 < toPos; i2++) {
          resultLines.push(lines[i2]);
        }
        for (let i2 = 0; i2 < hunkResult.patchedLines.length; i2++) {
          const line = hunkResult.patchedLines[i2];
          resultLines.push(line);
        }
        minLine = hunkResult.oldLineLastI + 1;
        prevHunkOffset = toPos + 1 - hunk.oldStart;
      }
      for (let i = minLine; i < lines.length; i++) {
        resultLines.push(lines[i]);
      }
      return resultLines.join("\n");
    }
    function applyPatches(uniDiff, options) {
      const spDiff = typeof uniDiff === "string" ? (0, parse_js_1.parsePatch)(uniDiff) : uniDiff;
      let currentIndex = 0;
      function processIndex() {
        const index = spDiff[currentIndex++];
        if (!index) {
          return options.complete();
        }
        options.loadFile(index, function(err, data) {
          if (err) {
            return options.complete(err);
          }
          const updatedContent = applyPatch(data, index, options);
          options.patched(index, updatedContent, function(err2) {
            if (err2) {
              return options.complete(err2);
            }
            processIndex();
          });
        });
      }
      processIndex();
    }
  }
});

// node_modules/diff/libcjs/patch/reverse.js
var require_reverse = __commonJS({
  "node_modules/diff/libcjs/patch/reverse.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.reversePatch = reversePatch;
    function swapPrefix(fileName) {
      if (fileName === void 0 || fileName === "/dev/null") {
        return fileName;
      }
      if (fileName.startsWith("a/")) {
        return "b/" + fileName.slice(2);
      }
      if (fileName.startsWith("b/")) {
        return "a/" + fileName.slice(2);
      }
      return fileName;
    }
    function reversePatch(structuredPatch) {
      if (Array.isArray(structuredPatch)) {
        return structuredPatch.map((patch) => reversePatch(patch)).reverse();
      }
      const reversed = Object.assign(Object.assign({}, structuredPatch), { oldFileName: structuredPatch.isGit ? swapPrefix(structuredPatch.newFileName) : structuredPatch.newFileName, oldHeader: structuredPatch.newHeader, newFileName: structuredPatch.isGit ? swapPrefix(structuredPatch.oldFileName) : structuredPatch.oldFileName, newHeader: structuredPatch.oldHeader, oldMode: structuredPatch.newMode, newMode: structuredPatch.oldMode, isCreate: structuredPatch.isDelete, isDelete: structuredPatch.isCreate, hunks: structuredPatch.hunks.map((hunk) => {
        return {
          oldLines: hunk.newLines,
          oldStart: hunk.newStart,
          newLines: hunk.oldLines,
          newStart: hunk.oldStart,
          lines: hunk.lines.map((l) => {
            if (l.startsWith("-")) {
              return `+${l.slice(1)}`;
            }
            if (l.startsWith("+")) {
              return `-${l.slice(1)}`;
            }
            return l;
          })
        };
      }) });
      if (structuredPatch.isCopy) {
        reversed.newFileName = "/dev/null";
        reversed.newHeader = void 0;
        reversed.isDelete = true;
        delete reversed.isCreate;
        delete reversed.isCopy;
        delete reversed.isRename;
        reversed.hunks = [];
      }
      return reversed;
    }
  }
});

// node_modules/diff/libcjs/patch/create.js
var require_create = __commonJS({
  "node_modules/diff/libcjs/patch/create.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.OMIT_HEADERS = exports2.FILE_HEADERS_ONLY = exports2.INCLUDE_HEADERS = void 0;
    exports2.structuredPatch = structuredPatch;
    exports2.formatPatch = formatPatch;
    exports2.createTwoFilesPatch = createTwoFilesPatch;
    exports2.createPatch = createPatch;
    var line_js_1 = require_line();
    function needsQuoting(s) {
      for (let i = 0; i < s.length; i++) {
        if (s[i] < " " || s[i] > "~" || s[i] === '"' || s[i] === "\\") {
          return true;
        }
      }
      return false;
    }
    function quoteFileNameIfNeeded(s) {
      if (!needsQuoting(s)) {
        return s;
      }
      let result = '"';
      const bytes = new TextEncoder().encode(s);
      let i = 0;
      while (i < bytes.length) {
        const b = bytes[i];
        if (b === 7) {
          result += "\\a";
        } else if (b === 8) {
          result += "\\b";
        } else if (b === 9) {
          result += "\\t";
        } else if (b === 10) {
          result += "\\n";
        } else if (b === 11) {
          result += "\\v";
        } else if (b === 12) {
          result += "\\f";
        } else if (b === 13) {
          result += "\\r";
        } else if (b === 34) {
          result += '\\"';
        } else if (b === 92) {
          result += "\\\\";
        } else if (b >= 32 && b <= 126) {
          result += String.fromCharCode(b);
        } else {
          result += "\\" + b.toString(8).padStart(3, "0");
        }
        i++;
      }
      result += '"';
      return result;
    }
    exports2.INCLUDE_HEADERS = {
      includeIndex: true,
      includeUnderline: true,
      includeFileHeaders: true
    };
    exports2.FILE_HEADERS_ONLY = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: true
    };
    exports2.OMIT_HEADERS = {
      includeIndex: false,
      includeUnderline: false,
      includeFileHeaders: false
    };
    function structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
      let optionsObj;
      if (!options) {
        optionsObj = {};
      } else if (typeof options === "function") {
        optionsObj = { callback: options };
      } else {
        optionsObj = options;
      }
      if (typeof optionsObj.context === "undefined") {
        optionsObj.context = 4;
      }
      const context = optionsObj.context;
      if (optionsObj.newlineIsToken) {
        throw new Error("newlineIsToken may not be used with patch-generation functions, only with diffing functions");
      }
      if (!optionsObj.callback) {
        return diffLinesResultToPatch((0, line_js_1.diffLines)(oldStr, newStr, optionsObj));
      } else {
        const { callback } = optionsObj;
        (0, line_js_1.diffLines)(oldStr, newStr, Object.assign(Object.assign({}, optionsObj), { callback: (diff) => {
          const patch = diffLinesResultToPatch(diff);
          callback(patch);
        } }));
      }
      function diffLinesResultToPatch(diff) {
        if (!diff) {
          return;
        }
        diff.push({ value: "", lines: [] });
        function contextLines(lines) {
          return lines.map(function(entry) {
            return " " + entry;
          });
        }
        const hunks = [];
        let oldRangeStart = 0, newRangeStart = 0, curRange = [], oldLine = 1, newLine = 1;
        for (let i = 0; i < diff.length; i++) {
          const current = diff[i], lines = current.lines || splitLines(current.value);
          current.lines = lines;
          if (current.added || current.removed) {
            if (!oldRangeStart) {
              const prev = diff[i - 1];
              oldRangeStart = oldLine;
              newRangeStart = newLine;
              if (prev) {
                curRange = context > 0 ? contextLines(prev.lines.slice(-context)) : [];
                oldRangeStart -= curRange.length;
                newRangeStart -= curRange.length;
              }
            }
            for (const line of lines) {
              curRange.push((current.added ? "+" : "-") + line);
            }
            if (current.added) {
              newLine += lines.length;
            } else {
              oldLine += lines.length;
            }
          } else {
            if (oldRangeStart) {
              if (lines.length <= context * 2 && i < diff.length - 2) {
                for (const line of contextLines(lines)) {
                  curRange.push(line);
                }
              } else {
                const contextSize = Math.min(lines.length, context);
                for (const line of contextLines(lines.slice(0, contextSize))) {
                  curRange.push(line);
                }
                const hunk = {
                  oldStart: oldRangeStart,
                  oldLines: oldLine - oldRangeStart + contextSize,
                  newStart: newRangeStart,
                  newLines: newLine - newRangeStart + contextSize,
                  lines: curRange
                };
                hunks.push(hunk);
                oldRangeStart = 0;
                newRangeStart = 0;
                curRange = [];
              }
            }
            oldLine += lines.length;
            newLine += lines.length;
          }
        }
        for (const hunk of hunks) {
          for (let i = 0; i < hunk.lines.length; i++) {
            if (hunk.lines[i].endsWith("\n")) {
              hunk.lines[i] = hunk.lines[i].slice(0, -1);
            } else {
              hunk.lines.splice(i + 1, 0, "\\ No newline at end of file");
              i++;
            }
          }
        }
        return {
          oldFileName,
          newFileName,
          oldHeader,
          newHeader,
          hunks
        };
      }
    }
    function formatPatch(patch, headerOptions) {
      var _a, _b, _c, _d, _e, _f;
      if (!headerOptions) {
        headerOptions = exports2.INCLUDE_HEADERS;
      }
      if (Array.isArray(patch)) {
        if (patch.length > 1 && !headerOptions.includeFileHeaders && !patch.every((p) => p.isGit)) {
          throw new Error("Cannot omit file headers on a multi-file patch. (The result would be unparseable; how would a tool trying to apply the patch know which changes are to which file?)");
        }
        return patch.map((p) => formatPatch(p, headerOptions)).join("\n");
      }
      const ret = [];
      if (patch.isGit) {
        headerOptions = exports2.INCLUDE_HEADERS;
        if (!patch.oldFileName) {
          throw new Error("oldFileName must be specified for Git patches");
        }
        if (!patch.newFileName) {
          throw new Error("newFileName must be specified for Git patches");
        }
        let gitOldName = patch.oldFileName;
        let gitNewName = patch.newFileName;
        if (patch.isCreate && gitOldName === "/dev/null") {
          gitOldName = gitNewName.replace(/^b\//, "a/");
        } else if (patch.isDelete && gitNewName === "/dev/null") {
          gitNewName = gitOldName.replace(/^a\//, "b/");
        }
        ret.push("diff --git " + quoteFileNameIfNeeded(gitOldName) + " " + quoteFileNameIfNeeded(gitNewName));
        if (patch.isDelete) {
          ret.push("deleted file mode " + ((_a = patch.oldMode) !== null && _a !== void 0 ? _a : "100644"));
        }
        if (patch.isCreate) {
          ret.push("new file mode " + ((_b = patch.newMode) !== null && _b !== void 0 ? _b : "100644"));
        }
        if (patch.oldMode && patch.newMode && !patch.isDelete && !patch.isCreate) {
          ret.push("old mode " + patch.oldMode);
          ret.push("new mode " + patch.newMode);
        }
        if (patch.isRename) {
          ret.push("rename from " + quoteFileNameIfNeeded(((_c = patch.oldFileName) !== null && _c !== void 0 ? _c : "").replace(/^a\//, "")));
          ret.push("rename to " + quoteFileNameIfNeeded(((_d = patch.newFileName) !== null && _d !== void 0 ? _d : "").replace(/^b\//, "")));
        }
        if (patch.isCopy) {
          ret.push("copy from " + quoteFileNameIfNeeded(((_e = patch.oldFileName) !== null && _e !== void 0 ? _e : "").replace(/^a\//, "")));
          ret.push("copy to " + quoteFileNameIfNeeded(((_f = patch.newFileName) !== null && _f !== void 0 ? _f : "").replace(/^b\//, "")));
        }
      } else {
        if (headerOptions.includeIndex && patch.oldFileName == patch.newFileName && patch.oldFileName !== void 0) {
          ret.push("Index: " + patch.oldFileName);
        }
        if (headerOptions.includeUnderline) {
          ret.push("===================================================================");
        }
      }
      const hasHunks = patch.hunks.length > 0;
      if (headerOptions.includeFileHeaders && patch.oldFileName !== void 0 && patch.newFileName !== void 0 && (!patch.isGit || hasHunks)) {
        ret.push("--- " + quoteFileNameIfNeeded(patch.oldFileName) + (patch.oldHeader ? "	" + patch.oldHeader : ""));
        ret.push("+++ " + quoteFileNameIfNeeded(patch.newFileName) + (patch.newHeader ? "	" + patch.newHeader : ""));
      }
      for (let i = 0; i < patch.hunks.length; i++) {
        const hunk = patch.hunks[i];
        const oldStart = hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart;
        const newStart = hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart;
        ret.push("@@ -" + oldStart + "," + hunk.oldLines + " +" + newStart + "," + hunk.newLines + " @@");
        for (const line of hunk.lines) {
          ret.push(line);
        }
      }
      return ret.join("\n") + "\n";
    }
    function createTwoFilesPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options) {
      if (typeof options === "function") {
        options = { callback: options };
      }
      if (!(options === null || options === void 0 ? void 0 : options.callback)) {
        const patchObj = structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, options);
        if (!patchObj) {
          return;
        }
        return formatPatch(patchObj, options === null || options === void 0 ? void 0 : options.headerOptions);
      } else {
        const { callback } = options;
        structuredPatch(oldFileName, newFileName, oldStr, newStr, oldHeader, newHeader, Object.assign(Object.assign({}, options), { callback: (patchObj) => {
          if (!patchObj) {
            callback(void 0);
          } else {
            callback(formatPatch(patchObj, options.headerOptions));
          }
        } }));
      }
    }
    function createPatch(fileName, oldStr, newStr, oldHeader, newHeader, options) {
      return createTwoFilesPatch(fileName, fileName, oldStr, newStr, oldHeader, newHeader, options);
    }
    function splitLines(text) {
      const hasTrailingNl = text.endsWith("\n");
      const result = text.split("\n").map((line) => line + "\n");
      if (hasTrailingNl) {
        result.pop();
      } else {
        result.push(result.pop().slice(0, -1));
      }
      return result;
    }
  }
});

// node_modules/diff/libcjs/convert/dmp.js
var require_dmp = __commonJS({
  "node_modules/diff/libcjs/convert/dmp.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertChangesToDMP = convertChangesToDMP;
    function convertChangesToDMP(changes) {
      const ret = [];
      let change, operation;
      for (let i = 0; i < changes.length; i++) {
        change = changes[i];
        if (change.added) {
          operation = 1;
        } else if (change.removed) {
          operation = -1;
        } else {
          operation = 0;
        }
        ret.push([operation, change.value]);
      }
      return ret;
    }
  }
});

// node_modules/diff/libcjs/convert/xml.js
var require_xml = __commonJS({
  "node_modules/diff/libcjs/convert/xml.js"(exports2) {
    "use strict";
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.convertChangesToXML = convertChangesToXML;
    function convertChangesToXML(changes) {
      const ret = [];
      for (let i = 0; i < changes.length; i++) {
        const change = changes[i];
        if (change.added) {
          ret.push("<ins>");
        } else if (change.removed) {
          ret.push("<del>");
        }
        ret.push(escapeHTML(change.value));
        if (change.added) {
          ret.push("</ins>");
        } else if (change.removed) {
          ret.push("</del>");
        }
      }
      return ret.join("");
    }
    function escapeHTML(s) {
      let n = s;
      n = n.replace(/&/g, "&amp;");
      n = n.replace(/</g, "&lt;");
      n = n.replace(/>/g, "&gt;");
      n = n.replace(/"/g, "&quot;");
      return n;
    }
  }
});

// node_modules/diff/libcjs/index.js
var require_libcjs = __commonJS({
  "node_modules/diff/libcjs/index.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.canonicalize = exports2.convertChangesToXML = exports2.convertChangesToDMP = exports2.reversePatch = exports2.parsePatch = exports2.applyPatches = exports2.applyPatch = exports2.OMIT_HEADERS = exports2.FILE_HEADERS_ONLY = exports2.INCLUDE_HEADERS = exports2.formatPatch = exports2.createPatch = exports2.createTwoFilesPatch = exports2.structuredPatch = exports2.arrayDiff = exports2.diffArrays = exports2.jsonDiff = exports2.diffJson = exports2.cssDiff = exports2.diffCss = exports2.sentenceDiff = exports2.diffSentences = exports2.diffTrimmedLines = exports2.lineDiff = exports2.diffLines = exports2.wordsWithSpaceDiff = exports2.diffWordsWithSpace = exports2.wordDiff = exports2.diffWords = exports2.characterDiff = exports2.diffChars = exports2.Diff = void 0;
    var base_js_1 = __importDefault(require_base());
    exports2.Diff = base_js_1.default;
    var character_js_1 = require_character();
    Object.defineProperty(exports2, "diffChars", { enumerable: true, get: function() {
      return character_js_1.diffChars;
    } });
    Object.defineProperty(exports2, "characterDiff", { enumerable: true, get: function() {
      return character_js_1.characterDiff;
    } });
    var word_js_1 = require_word();
    Object.defineProperty(exports2, "diffWords", { enumerable: true, get: function() {
      return word_js_1.diffWords;
    } });
    Object.defineProperty(exports2, "diffWordsWithSpace", { enumerable: true, get: function() {
      return word_js_1.diffWordsWithSpace;
    } });
    Object.defineProperty(exports2, "wordDiff", { enumerable: true, get: function() {
      return word_js_1.wordDiff;
    } });
    Object.defineProperty(exports2, "wordsWithSpaceDiff", { enumerable: true, get: function() {
      return word_js_1.wordsWithSpaceDiff;
    } });
    var line_js_1 = require_line();
    Object.defineProperty(exports2, "diffLines", { enumerable: true, get: function() {
      return line_js_1.diffLines;
    } });
    Object.defineProperty(exports2, "diffTrimmedLines", { enumerable: true, get: function() {
      return line_js_1.diffTrimmedLines;
    } });
    Object.defineProperty(exports2, "lineDiff", { enumerable: true, get: function() {
      return line_js_1.lineDiff;
    } });
    var sentence_js_1 = require_sentence();
    Object.defineProperty(exports2, "diffSentences", { enumerable: true, get: function() {
      return sentence_js_1.diffSentences;
    } });
    Object.defineProperty(exports2, "sentenceDiff", { enumerable: true, get: function() {
      return sentence_js_1.sentenceDiff;
    } });
    var css_js_1 = require_css();
    Object.defineProperty(exports2, "diffCss", { enumerable: true, get: function() {
      return css_js_1.diffCss;
    } });
    Object.defineProperty(exports2, "cssDiff", { enumerable: true, get: function() {
      return css_js_1.cssDiff;
    } });
    var json_js_1 = require_json();
    Object.defineProperty(exports2, "diffJson", { enumerable: true, get: function() {
      return json_js_1.diffJson;
    } });
    Object.defineProperty(exports2, "canonicalize", { enumerable: true, get: function() {
      return json_js_1.canonicalize;
    } });
    Object.defineProperty(exports2, "jsonDiff", { enumerable: true, get: function() {
      return json_js_1.jsonDiff;
    } });
    var array_js_1 = require_array();
    Object.defineProperty(exports2, "diffArrays", { enumerable: true, get: function() {
      return array_js_1.diffArrays;
    } });
    Object.defineProperty(exports2, "arrayDiff", { enumerable: true, get: function() {
      return array_js_1.arrayDiff;
    } });
    var apply_js_1 = require_apply();
    Object.defineProperty(exports2, "applyPatch", { enumerable: true, get: function() {
      return apply_js_1.applyPatch;
    } });
    Object.defineProperty(exports2, "applyPatches", { enumerable: true, get: function() {
      return apply_js_1.applyPatches;
    } });
    var parse_js_1 = require_parse();
    Object.defineProperty(exports2, "parsePatch", { enumerable: true, get: function() {
      return parse_js_1.parsePatch;
    } });
    var reverse_js_1 = require_reverse();
    Object.defineProperty(exports2, "reversePatch", { enumerable: true, get: function() {
      return reverse_js_1.reversePatch;
    } });
    var create_js_1 = require_create();
    Object.defineProperty(exports2, "structuredPatch", { enumerable: true, get: function() {
      return create_js_1.structuredPatch;
    } });
    Object.defineProperty(exports2, "createTwoFilesPatch", { enumerable: true, get: function() {
      return create_js_1.createTwoFilesPatch;
    } });
    Object.defineProperty(exports2, "createPatch", { enumerable: true, get: function() {
      return create_js_1.createPatch;
    } });
    Object.defineProperty(exports2, "formatPatch", { enumerable: true, get: function() {
      return create_js_1.formatPatch;
    } });
    Object.defineProperty(exports2, "INCLUDE_HEADERS", { enumerable: true, get: function() {
      return create_js_1.INCLUDE_HEADERS;
    } });
    Object.defineProperty(exports2, "FILE_HEADERS_ONLY", { enumerable: true, get: function() {
      return create_js_1.FILE_HEADERS_ONLY;
    } });
    Object.defineProperty(exports2, "OMIT_HEADERS", { enumerable: true, get: function() {
      return create_js_1.OMIT_HEADERS;
    } });
    var dmp_js_1 = require_dmp();
    Object.defineProperty(exports2, "convertChangesToDMP", { enumerable: true, get: function() {
      return dmp_js_1.convertChangesToDMP;
    } });
    var xml_js_1 = require_xml();
    Object.defineProperty(exports2, "convertChangesToXML", { enumerable: true, get: function() {
      return xml_js_1.convertChangesToXML;
    } });
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/format.js
var require_format = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/format.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.Formatter = void 0;
    exports2.formatDifferences = formatDifferences;
    exports2.formatSecurityChanges = formatSecurityChanges;
    var util_1 = require("util");
    var chalk_1 = __importDefault(require_source());
    var util_2 = require_util();
    var diff_template_1 = require_diff_template();
    var format_foreach_1 = require_format_foreach();
    var format_table_1 = require_format_table();
    var PATH_METADATA_KEY = "aws:cdk:path";
    var { structuredPatch } = require_libcjs();
    function formatDifferences(stream, templateDiff, logicalToPathMap = {}, context = 3) {
      const formatter = new Formatter(stream, logicalToPathMap, templateDiff, context);
      if (templateDiff.awsTemplateFormatVersion || templateDiff.transform || templateDiff.description) {
        formatter.printSectionHeader("Template");
        formatter.formatDifference("AWSTemplateFormatVersion", "AWSTemplateFormatVersion", templateDiff.awsTemplateFormatVersion);
        formatter.formatDifference("Transform", "Transform", templateDiff.transform);
        formatter.formatDifference("Description", "Description", templateDiff.description);
        formatter.printSectionFooter();
      }
      formatSecurityChangesWithBanner(formatter, templateDiff);
      formatter.formatSection("Parameters", "Parameter", templateDiff.parameters);
      formatter.formatSection("Metadata", "Metadata", templateDiff.metadata);
      formatter.formatSection("Mappings", "Mapping", templateDiff.mappings);
      formatter.formatSection("Conditions", "Condition", templateDiff.conditions);
      formatter.formatSection("Resources", "Resource", templateDiff.resources, formatter.formatResourceDifference.bind(formatter));
      formatter.formatSection("Outputs", "Output", templateDiff.outputs);
      formatter.formatSection("Other Changes", "Unknown", templateDiff.unknown);
    }
    function formatSecurityChanges(stream, templateDiff, logicalToPathMap = {}, context) {
      const formatter = new Formatter(stream, logicalToPathMap, templateDiff, context);
      formatSecurityChangesWithBanner(formatter, templateDiff);
    }
    function formatSecurityChangesWithBanner(formatter, templateDiff) {
      if (!templateDiff.iamChanges.hasChanges && !templateDiff.securityGroupChanges.hasChanges) {
        return;
      }
      formatter.formatIamChanges(templateDiff.iamChanges);
      formatter.formatSecurityGroupChanges(templateDiff.securityGroupChanges);
      formatter.warning("(NOTE: There may be security-related changes not in this list. See https://github.com/aws/aws-cdk/issues/1299)");
      formatter.printSectionFooter();
    }
    var ADDITION = chalk_1.default.green("[+]");
    var CONTEXT = chalk_1.default.grey("[ ]");
    var UPDATE = chalk_1.default.yellow("[~]");
    var REMOVAL = chalk_1.default.red("[-]");
    var IMPORT = chalk_1.default.blue("[\u2190]");
    var Formatter = class {
      stream;
      logicalToPathMap;
      context;
      constructor(stream, logicalToPathMap, diff, context = 3) {
        this.stream = stream;
        this.logicalToPathMap = logicalToPathMap;
        this.context = context;
        if (diff) {
          this.readConstructPathsFrom(diff);
        }
      }
      print(fmt, ...args) {
        this.stream.write(chalk_1.default.reset((0, util_1.format)(fmt, ...args)) + "\n");
      }
      warning(fmt, ...args) {
        this.stream.write(chalk_1.default.yellow((0, util_1.format)(fmt, ...args)) + "\n");
      }
      formatSection(title, entryType, collection, formatter = this.formatDifference.bind(this)) {
        if (collection.differenceCount === 0) {
          return;
        }
        this.printSectionHeader(title);
        collection.forEachDifference((id, diff) => formatter(entryType, id, diff));
        this.printSectionFooter();
      }
      printSectionHeader(title) {
        this.print(chalk_1.default.underline(chalk_1.default.bold(title)));
      }
      printSectionFooter() {
        this.print("");
      }
      /**
       * Print a simple difference for a given named entity.
       *
       * @param logicalId - the name of the entity that is different.
       * @param diff - the difference to be rendered.
       */
      formatDifference(type, logicalId, diff) {
        if (!diff || !diff.isDifferent) {
          return;
        }
        let value;
        const oldValue = this.formatValue(diff.oldValue, chalk_1.default.red);
        const newValue = this.formatValue(diff.newValue, chalk_1.default.green);
        if (diff.isAddition) {
          value = newValue;
        } else if (diff.isUpdate) {
          value = `${oldValue} to ${newValue}`;
        } else if (diff.isRemoval) {
          value = oldValue;
        }
        this.print(`${this.formatPrefix(diff)} ${chalk_1.default.cyan(type)} ${this.formatLogicalId(logicalId)}: ${value}`);
      }
      /**
       * Print a resource difference for a given logical ID.
       *
       * @param logicalId - the logical ID of the resource that changed.
       * @param diff      - the change to be rendered.
       */
      formatResourceDifference(_type, logicalId, diff) {
        if (!diff.isDifferent) {
          return;
        }
        if ((0, format_foreach_1.isForEachKey)(logicalId)) {
          const forEachFormatter = new format_foreach_1.ForEachDiffFormatter();
          const lines = forEachFormatter.formatForEach(logicalId, diff.oldValue, diff.newValue);
          for (const line of lines) {
            this.print(line);
          }
          return;
        }
        const resourceType = diff.isRemoval ? diff.oldResourceType : diff.newResourceType;
        const message = [
          this.formatResourcePrefix(diff),
          this.formatValue(resourceType, chalk_1.default.cyan),
          this.formatLogicalId(logicalId),
          this.formatImpact(diff.changeImpact),
          this.formatMove(diff.move)
        ].filter(Boolean).join(" ");
        this.print(message);
        if (diff.isUpdate) {
          const differenceCount = diff.differenceCount;
          let processedCount = 0;
          diff.forEachDifference((_, name, values) => {
            processedCount += 1;
            this.formatTreeDiff(name, values, processedCount === differenceCount);
          });
        }
      }
      formatResourcePrefix(diff) {
        if (diff.isImport) {
          return IMPORT;
        }
        return this.formatPrefix(diff);
      }
      formatPrefix(diff) {
        if (diff.isAddition) {
          return ADDITION;
        }
        if (diff.isUpdate) {
          return UPDATE;
        }
        if (diff.isRemoval) {
          return REMOVAL;
        }
        return chalk_1.default.reset("[?]");
      }
      /**
       * @param value - the value to be formatted.
       * @param color - the color to be used.
       *
       * @returns the formatted string, with color applied.
       */
      formatValue(value, color) {
        if (value == null) {
          return void 0;
        }
        if (typeof value === "string") {
          return color(value);
        }
        return color(JSON.stringify(value));
      }
      /**
       * @param impact - the impact to be formatted
       * @returns a user-friendly, colored string representing the impact.
       */
      formatImpact(impact) {
        switch (impact) {
          case diff_template_1.ResourceImpact.MAY_REPLACE:
            return chalk_1.default.italic(chalk_1.default.yellow("may be replaced"));
          case diff_template_1.ResourceImpact.WILL_REPLACE:
            return chalk_1.default.italic(chalk_1.default.bold(chalk_1.default.red("replace")));
          case diff_template_1.ResourceImpact.WILL_DESTROY:
            return chalk_1.default.italic(chalk_1.default.bold(chalk_1.default.red("destroy")));
          case diff_template_1.ResourceImpact.WILL_ORPHAN:
            return chalk_1.default.italic(chalk_1.default.yellow("orphan"));
          case diff_template_1.ResourceImpact.WILL_IMPORT:
            return chalk_1.default.italic(chalk_1.default.blue("import"));
          case diff_template_1.ResourceImpact.WILL_UPDATE:
          case diff_template_1.ResourceImpact.WILL_CREATE:
          case diff_template_1.ResourceImpact.NO_CHANGE:
            return "";
        }
      }
      formatMove(move) {
        return !move ? "" : chalk_1.default.yellow("(OR", chalk_1.default.italic(chalk_1.default.bold("move")), `${move.direction} ${move.stackName}.${move.resourceLogicalId} via refactoring)`);
      }
      /**
       * Renders a tree of differences under a particular name.
       * @param name    - the name of the root of the tree.
       * @param diff    - the difference on the tree.
       * @param last    - whether this is the last node of a parent tree.
       */
      formatTreeDiff(name, diff, last) {
        let additionalInfo = "";
        if ((0, diff_template_1.isPropertyDifference)(diff)) {
          if (diff.changeImpact === diff_template_1.ResourceImpact.MAY_REPLACE) {
            additionalInfo = " (may cause replacement)";
          } else if (diff.changeImpact === diff_template_1.ResourceImpact.WILL_REPLACE) {
            additionalInfo = " (requires replacement)";
          }
        }
        this.print(" %s\u2500 %s %s%s", last ? "\u2514" : "\u251C", this.changeTag(diff.oldValue, diff.newValue), name, additionalInfo);
        return this.formatObjectDiff(diff.oldValue, diff.newValue, ` ${last ? " " : "\u2502"}`);
      }
      /**
       * Renders the difference between two objects, looking for the differences as deep as possible,
       * and rendering a tree graph of the path until the difference is found.
       *
       * @param oldObject  - the old object.
       * @param newObject  - the new object.
       * @param linePrefix - a prefix (indent-like) to be used on every line.
       */
      formatObjectDiff(oldObject, newObject, linePrefix) {
        if (typeof oldObject !== typeof newObject || Array.isArray(oldObject) || typeof oldObject === "string" || typeof oldObject === "number") {
          if (oldObject !== void 0 && newObject !== void 0) {
            if (typeof oldObject === "object" || typeof newObject === "object") {
              const oldStr = JSON.stringify(oldObject, null, 2);
              const newStr = JSON.stringify(newObject, null, 2);
              const diff = _diffStrings(oldStr, newStr, this.context);
              for (let i = 0; i < diff.length; i++) {
                this.print("%s   %s %s", linePrefix, i === 0 ? "\u2514\u2500" : "  ", diff[i]);
              }
            } else {
              this.print("%s   \u251C\u2500 %s %s", linePrefix, REMOVAL, this.formatValue(oldObject, chalk_1.default.red));
              this.print("%s   \u2514\u2500 %s %s", linePrefix, ADDITION, this.formatValue(newObject, chalk_1.default.green));
            }
          } else if (oldObject !== void 0) {
            this.print("%s   \u2514\u2500 %s", linePrefix, this.formatValue(oldObject, chalk_1.default.red));
          } else {
            this.print("%s   \u2514\u2500 %s", linePrefix, this.formatValue(newObject, chalk_1.default.green));
          }
          return;
        }
        const keySet = new Set(Object.keys(oldObject));
        Object.keys(newObject).forEach((k) => keySet.add(k));
        const keys = new Array(...keySet).filter((k) => !(0, util_2.deepEqual)(oldObject[k], newObject[k])).sort();
        const lastKey = keys[keys.length - 1];
        for (const key of keys) {
          const oldValue = oldObject[key];
          const newValue = newObject[key];
          const treePrefix = key === lastKey ? "\u2514" : "\u251C";
          if (oldValue !== void 0 && newValue !== void 0) {
            this.print("%s   %s\u2500 %s %s:", linePrefix, treePrefix, this.changeTag(oldValue, newValue), chalk_1.default.blue(`.${key}`));
            this.formatObjectDiff(oldValue, newValue, `${linePrefix}   ${key === lastKey ? " " : "\u2502"}`);
          } else if (oldValue !== void 0) {
            this.print("%s   %s\u2500 %s Removed: %s", linePrefix, treePrefix, REMOVAL, chalk_1.default.blue(`.${key}`));
          } else {
            this.print("%s   %s\u2500 %s Added: %s", linePrefix, treePrefix, ADDITION, chalk_1.default.blue(`.${key}`));
          }
        }
      }
      /**
       * @param oldValue - the old value of a difference.
       * @param newValue - the new value of a difference.
       *
       * @returns a tag to be rendered in the diff, reflecting whether the difference
       *      was an ADDITION, UPDATE or REMOVAL.
       */
      changeTag(oldValue, newValue) {
        if (oldValue !== void 0 && newValue !== void 0) {
          return UPDATE;
        } else if (oldValue !== void 0) {
          return REMOVAL;
        } else {
          return ADDITION;
        }
      }
      /**
       * Find 'aws:cdk:path' metadata in the diff and add it to the logicalToPathMap
       *
       * There are multiple sources of logicalID -> path mappings: synth metadata
       * and resource metadata, and we combine all sources into a single map.
       */
      readConstructPathsFrom(templateDiff) {
        for (const [logicalId, resourceDiff] of Object.entries(templateDiff.resources)) {
          if (!resourceDiff) {
            continue;
          }
          const oldPathMetadata = resourceDiff.oldValue?.Metadata?.[PATH_METADATA_KEY];
          if (oldPathMetadata && !(logicalId in this.logicalToPathMap)) {
            this.logicalToPathMap[logicalId] = oldPathMetadata;
          }
          const newPathMetadata = resourceDiff.newValue?.Metadata?.[PATH_METADATA_KEY];
          if (newPathMetadata && !(logicalId in this.logicalToPathMap)) {
            this.logicalToPathMap[logicalId] = newPathMetadata;
          }
        }
      }
      formatLogicalId(logicalId) {
        const normalized = this.normalizedLogicalIdPath(logicalId);
        if (normalized) {
          return `${normalized} ${chalk_1.default.gray(logicalId)}`;
        }
        return logicalId;
      }
      normalizedLogicalIdPath(logicalId) {
        const path = this.logicalToPathMap[logicalId];
        return path ? normalizePath(path) : void 0;
        function normalizePath(p) {
          if (p.startsWith("/")) {
            p = p.slice(1);
          }
          let parts = p.split("/");
          if (parts.length > 1) {
            parts = parts.slice(1);
            if (parts.length > 1) {
              const last = parts[parts.length - 1];
              if (last === "Resource" || last === "Default") {
                parts = parts.slice(0, parts.length - 1);
              }
            }
            p = parts.join("/");
          }
          return p;
        }
      }
      formatIamChanges(changes) {
        if (!changes.hasChanges) {
          return;
        }
        if (changes.statements.hasChanges) {
          this.printSectionHeader("IAM Statement Changes");
          this.print((0, format_table_1.formatTable)(this.deepSubstituteBracedLogicalIds(changes.summarizeStatements()), this.stream.columns));
        }
        if (changes.managedPolicies.hasChanges) {
          this.printSectionHeader("IAM Policy Changes");
          this.print((0, format_table_1.formatTable)(this.deepSubstituteBracedLogicalIds(changes.summarizeManagedPolicies()), this.stream.columns));
        }
        if (changes.ssoPermissionSets.hasChanges || changes.ssoInstanceACAConfigs.hasChanges || changes.ssoAssignments.hasChanges) {
          this.printSectionHeader("IAM Identity Center Changes");
          if (changes.ssoPermissionSets.hasChanges) {
            this.print((0, format_table_1.formatTable)(this.deepSubstituteBracedLogicalIds(changes.summarizeSsoPermissionSets()), this.stream.columns));
          }
          if (changes.ssoInstanceACAConfigs.hasChanges) {
            this.print((0, format_table_1.formatTable)(this.deepSubstituteBracedLogicalIds(changes.summarizeSsoInstanceACAConfigs()), this.stream.columns));
          }
          if (changes.ssoAssignments.hasChanges) {
            this.print((0, format_table_1.formatTable)(this.deepSubstituteBracedLogicalIds(changes.summarizeSsoAssignments()), this.stream.columns));
          }
        }
      }
      formatSecurityGroupChanges(changes) {
        if (!changes.hasChanges) {
          return;
        }
        this.printSectionHeader("Security Group Changes");
        this.print((0, format_table_1.formatTable)(this.deepSubstituteBracedLogicalIds(changes.summarize()), this.stream.columns));
      }
      deepSubstituteBracedLogicalIds(rows) {
        return rows.map((row) => row.map(this.substituteBracedLogicalIds.bind(this)));
      }
      /**
       * Substitute all strings like ${LogId.xxx} with the path instead of the logical ID
       */
      substituteBracedLogicalIds(source) {
        return source.replace(/\$\{([^.}]+)(.[^}]+)?\}/ig, (_match, logId, suffix) => {
          return "${" + (this.normalizedLogicalIdPath(logId) || logId) + (suffix || "") + "}";
        });
      }
    };
    exports2.Formatter = Formatter;
    function _diffStrings(oldStr, newStr, context) {
      const patch = structuredPatch(null, null, oldStr, newStr, null, null, { context });
      const result = new Array();
      for (const hunk of patch.hunks) {
        result.push(chalk_1.default.magenta(`@@ -${hunk.oldStart},${hunk.oldLines} +${hunk.newStart},${hunk.newLines} @@`));
        const baseIndent = _findIndent(hunk.lines);
        for (const line of hunk.lines) {
          if (line === "\\ No newline at end of file") {
            continue;
          }
          const marker = line.charAt(0);
          const text = line.slice(1 + baseIndent);
          switch (marker) {
            case " ":
              result.push(`${CONTEXT} ${text}`);
              break;
            case "+":
              result.push(chalk_1.default.bold(`${ADDITION} ${chalk_1.default.green(text)}`));
              break;
            case "-":
              result.push(chalk_1.default.bold(`${REMOVAL} ${chalk_1.default.red(text)}`));
              break;
            default:
              throw new Error(`Unexpected diff marker: ${marker} (full line: ${line})`);
          }
        }
      }
      return result;
      function _findIndent(lines) {
        let indent = Number.MAX_SAFE_INTEGER;
        for (const line of lines) {
          for (let i = 1; i < line.length; i++) {
            if (line.charAt(i) !== " ") {
              indent = indent > i - 1 ? i - 1 : indent;
              break;
            }
          }
        }
        return indent;
      }
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/mappings.js
var require_mappings = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/mappings.js"(exports2) {
    "use strict";
    var __importDefault = exports2 && exports2.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.formatEnvironmentSectionHeader = formatEnvironmentSectionHeader;
    exports2.formatTypedMappings = formatTypedMappings;
    exports2.formatAmbiguousMappings = formatAmbiguousMappings;
    var chalk_1 = __importDefault(require_source());
    var format_1 = require_format();
    var format_table_1 = require_format_table();
    function formatEnvironmentSectionHeader(stream, env) {
      const formatter = new format_1.Formatter(stream, {});
      formatter.printSectionHeader(`${env}
`);
    }
    function formatTypedMappings(stream, mappings) {
      if (mappings.length > 0) {
        const header = [["Resource Type", "Old Construct Path", "New Construct Path"]];
        const rows = mappings.map((m) => [m.type, m.sourcePath, m.destinationPath]);
        const formatter = new format_1.Formatter(stream, {});
        formatter.print("The following resources were moved or renamed:");
        formatter.print(chalk_1.default.green((0, format_table_1.formatTable)(header.concat(rows), void 0)));
        formatter.print(" ");
      }
    }
    function formatAmbiguousMappings(stream, pairs) {
      const tables = pairs.map(renderTable);
      const formatter = new format_1.Formatter(stream, {});
      formatter.print("Detected ambiguities:");
      formatter.print(tables.join("\n\n"));
      formatter.print(" ");
      formatter.print(chalk_1.default.yellow("Please provide an override file to resolve these ambiguous mappings."));
      formatter.print(" ");
      function renderTable([removed, added]) {
        return (0, format_table_1.formatTable)([["", "Resource"], renderRemoval(removed), renderAddition(added)], void 0);
      }
      function renderRemoval(locations) {
        return [chalk_1.default.red("-"), chalk_1.default.red(renderLocations(locations))];
      }
      function renderAddition(locations) {
        return [chalk_1.default.green("+"), chalk_1.default.green(renderLocations(locations))];
      }
      function renderLocations(locs) {
        return locs.join("\n");
      }
    }
  }
});

// node_modules/@aws-cdk/cloudformation-diff/lib/index.js
var require_lib5 = __commonJS({
  "node_modules/@aws-cdk/cloudformation-diff/lib/index.js"(exports2) {
    "use strict";
    var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      var desc = Object.getOwnPropertyDescriptor(m, k);
      if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
        desc = { enumerable: true, get: function() {
          return m[k];
        } };
      }
      Object.defineProperty(o, k2, desc);
    }) : (function(o, m, k, k2) {
      if (k2 === void 0) k2 = k;
      o[k2] = m[k];
    }));
    var __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
      for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p)) __createBinding(exports3, m, p);
    };
    Object.defineProperty(exports2, "__esModule", { value: true });
    exports2.mangleLikeCloudFormation = exports2.deepEqual = void 0;
    __exportStar(require_diff_template(), exports2);
    __exportStar(require_format(), exports2);
    __exportStar(require_format_foreach(), exports2);
    __exportStar(require_format_table(), exports2);
    __exportStar(require_mappings(), exports2);
    var util_1 = require_util();
    Object.defineProperty(exports2, "deepEqual", { enumerable: true, get: function() {
      return util_1.deepEqual;
    } });
    Object.defineProperty(exports2, "mangleLikeCloudFormation", { enumerable: true, get: function() {
      return util_1.mangleLikeCloudFormation;
    } });
  }
});

// cfn-diff-entry.js
module.exports = require_lib5();
